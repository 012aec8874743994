/**
 * The scheduler: every minute (and once at start) it runs the tasks that are due. Started by
 * src/server.ts when JOBS_ENABLED (default true); tests create one and call `tick()` themselves.
 *
 * Tasks:
 * - weekly compliance lists (services/cases/send-weekly-compliance.ts): due from the configured
 *   day and hour (Europe/London) for the rest of the ISO week; the period key is the ISO week
 *   ('2026-W47'), claimed once in `scheduled_runs`, so it runs once per week however many
 *   instances run and however often they restart (a missed run is caught up that week).
 * - keeping the stored due dates (services/cases/refresh-case-due.ts refreshCaseDueOnce): every
 *   case once a London day and after new case-management settings, each claimed once in
 *   `scheduled_runs`; on other ticks only cases found without their dates (normally none).
 * - sending queued emails (services/email/send-queued-emails.ts), every tick.
 * State lives in PostgreSQL only, so any number of instances may run a scheduler. Logs carry
 * counts and keys only: never addresses, bodies or error messages that might quote them.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { londonDate } from '../domain/checks/calendar.js';
import { refreshCaseDueOnce } from '../services/cases/refresh-case-due.js';
import { runWeeklyComplianceOnce } from '../services/cases/send-weekly-compliance.js';
import { sendQueuedEmails, type MailSettings } from '../services/email/send-queued-emails.js';
import { isoWeekKey, weeklyRunDue } from './weekly-schedule.js';

export interface SchedulerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SchedulerOptions {
  db: Kysely<Database>;
  mail: MailSettings;
  /** ISO day (1 = Monday) and hour, Europe/London, of the weekly compliance lists. */
  weeklyDay: number;
  weeklyHour: number;
  log: SchedulerLog;
  now?: () => Date;
  intervalMs?: number;
}

export interface Scheduler {
  /** Runs every due task once; a tick already running is awaited rather than doubled. */
  tick(): Promise<void>;
  /** Ticks now and then every interval. */
  start(): void;
  /** Stops ticking and waits for a running tick to finish. */
  stop(): Promise<void>;
}

const errorName = (e: unknown) => ({ error: e instanceof Error ? e.name : 'unknown', code: (e as { code?: unknown })?.code });

export function createScheduler(o: SchedulerOptions): Scheduler {
  const now = o.now ?? (() => new Date());
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function weeklyCompliance(at: Date) {
    if (!weeklyRunDue(at, o.weeklyDay, o.weeklyHour)) return;
    const today = londonDate(at);
    const result = await runWeeklyComplianceOnce(o.db, { periodKey: isoWeekKey(today), today });
    if (result)
      o.log.info(
        { task: 'weekly_compliance', periodKey: result.periodKey, emails: result.emails, areas: result.areas.length },
        'weekly compliance lists queued',
      );
  }

  async function caseDue(at: Date) {
    const run = await refreshCaseDueOnce(o.db, londonDate(at));
    if (run) o.log.info({ task: 'case_due', periodKeys: run.periodKeys, cases: run.cases }, 'case due dates refreshed');
  }

  async function sendEmails() {
    const r = await sendQueuedEmails(o.db, o.mail);
    if (r.sent || r.retrying || r.failed || r.outbox) o.log.info({ task: 'send_emails', ...r }, 'queued emails processed');
  }

  async function runTasks() {
    const at = now();
    // Due dates first, so the weekly lists read them fresh.
    for (const [name, task] of [
      ['case_due', () => caseDue(at)],
      ['weekly_compliance', () => weeklyCompliance(at)],
      ['send_emails', sendEmails],
    ] as const) {
      try {
        await task();
      } catch (e) {
        o.log.error({ task: name, ...errorName(e) }, 'scheduled task failed');
      }
    }
  }

  const scheduler: Scheduler = {
    tick() {
      running ??= runTasks().finally(() => {
        running = undefined;
      });
      return running;
    },
    start() {
      if (timer) return;
      void scheduler.tick();
      timer = setInterval(() => void scheduler.tick(), o.intervalMs ?? 60_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
  return scheduler;
}
