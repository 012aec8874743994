/**
 * Configuration: the only reader of process.env (CONVENTIONS.md habit 9).
 *
 * Every variable is documented in `.env.example`. Development defaults are refused in
 * production (`NODE_ENV=production`): `loadConfig` throws an Error listing each problem.
 */
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1'));

/** Days of the week in ISO order (Monday is day 1). */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const DEV_SESSION_SECRET = 'development-only-session-secret-change-me';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z.string().optional(),
  PGLITE_DIR: z.string().default('./data/db'),
  SESSION_SECRET: z.string().min(32).default(DEV_SESSION_SECRET),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(10),
  SIGN_IN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  COOKIE_SECURE: bool,
  SEED_DEMO: bool,
  GEOGRAPHY_DIR: z.string().optional(),
  MAP_TILE_URL: z.string().optional(),
  MAP_TILE_ATTRIBUTION: z.string().default(''),
  UPLOAD_MAX_MB: z.coerce.number().positive().default(50),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .or(z.literal(''))
    .optional(),
  EMAIL_FROM: z.string().default('concord@localhost'),
  JOBS_ENABLED: bool,
  WEEKLY_COMPLIANCE_DAY: z.enum(WEEKDAYS).default('monday'),
  WEEKLY_COMPLIANCE_HOUR: z.coerce.number().int().min(0).max(23).default(7),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** A PostgreSQL server URL; when absent the embedded PGlite at `pgliteDir` is used. */
  databaseUrl: string | undefined;
  /** PGlite data directory, or `memory://` for an in-memory database. */
  pgliteDir: string;
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  signInMaxAttempts: number;
  signInWindowMinutes: number;
  cookieSecure: boolean;
  seedDemo: boolean;
  geographyDir: string | undefined;
  mapTileUrl: string | undefined;
  mapTileAttribution: string;
  uploadMaxBytes: number;
  /** Largest case document accepted (issue 4: "upload with type and size limits"), in bytes. */
  documentMaxBytes: number;
  logLevel: string;
  /** SMTP server URL (smtp://user:pass@host:587); when absent emails stay in the outbox page. */
  smtpUrl: string | undefined;
  /** The From address of every email Concord sends. */
  emailFrom: string;
  /** Run scheduled jobs (weekly compliance lists, sending queued email) in this process. */
  jobsEnabled: boolean;
  /** When the weekly compliance lists go out: ISO day of the week (1 = Monday) and hour, Europe/London. */
  weeklyComplianceDay: number;
  weeklyComplianceHour: number;
}

/**
 * Reads and validates configuration from an environment map (defaults to process.env).
 * @throws Error naming every invalid or unsafe variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && e.SESSION_SECRET === DEV_SESSION_SECRET) problems.push('SESSION_SECRET must be set in production');
  if (production && e.SEED_DEMO) problems.push('SEED_DEMO must not be set in production');
  if (problems.length) throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    pgliteDir: e.PGLITE_DIR.startsWith('memory://') ? e.PGLITE_DIR : path.resolve(e.PGLITE_DIR),
    sessionSecret: e.SESSION_SECRET,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    signInMaxAttempts: e.SIGN_IN_MAX_ATTEMPTS,
    signInWindowMinutes: e.SIGN_IN_WINDOW_MINUTES,
    cookieSecure: e.COOKIE_SECURE ?? production,
    seedDemo: production ? false : (e.SEED_DEMO ?? e.NODE_ENV === 'development'),
    geographyDir: e.GEOGRAPHY_DIR || undefined,
    mapTileUrl: e.MAP_TILE_URL || undefined,
    mapTileAttribution: e.MAP_TILE_ATTRIBUTION,
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    documentMaxBytes: e.DOCUMENT_MAX_BYTES,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL || undefined,
    emailFrom: e.EMAIL_FROM,
    jobsEnabled: e.JOBS_ENABLED ?? true,
    weeklyComplianceDay: WEEKDAYS.indexOf(e.WEEKLY_COMPLIANCE_DAY) + 1,
    weeklyComplianceHour: e.WEEKLY_COMPLIANCE_HOUR,
  };
}
