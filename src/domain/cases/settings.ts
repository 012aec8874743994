/**
 * The partnership's case-management intervals: LOCAL or UNVERIFIED rules (DOMAIN.md conventions),
 * so configuration with safe defaults, stored in `rule_settings` under key 'case_management' and
 * merged over DEFAULT_CASE_SETTINGS. All intervals are Europe/London calendar days.
 *
 * Defaults and their sources:
 * - supervisoryReviewDays 28: LLR ASB action plan, action 2c ("28-day supervisory review
 *   compliance"). Limit 1–28: a longer interval would breach the plan's measure.
 * - riskAssessmentDueDays 2: a risk assessment is due this many days after the case opens or an
 *   incident is linked (LBHF priority-1: assessment within 2 working days [S76]; UNVERIFIED
 *   nationally, DOMAIN.md §4.2).
 * - riskReviewDays by level (high 7, medium 14, standard 28): reassessment interval per band;
 *   DOMAIN.md §4.2 says review at a configurable interval per band (UNVERIFIED national standard).
 * - defaultContactDays 14: how often a victim without an agreed plan is to be updated (LBHF updates
 *   every 10 working days [S76], about 14 calendar days; the Victims' Code leaves frequency to
 *   agreement with the victim, DOMAIN.md §5.1).
 * - dueSoonDays 3: how far ahead queues show something as "due soon".
 * - victimSupportService 'Victim First': where high-risk victims are offered referral (DOMAIN.md §5.2).
 */
import { z } from 'zod';
import type { RiskLevel } from '../../db/schema.js';

export interface CaseSettings {
  supervisoryReviewDays: number;
  riskAssessmentDueDays: number;
  riskReviewDays: Record<RiskLevel, number>;
  defaultContactDays: number;
  dueSoonDays: number;
  victimSupportService: string;
}

export const DEFAULT_CASE_SETTINGS: CaseSettings = {
  supervisoryReviewDays: 28,
  riskAssessmentDueDays: 2,
  riskReviewDays: { high: 7, medium: 14, standard: 28 },
  defaultContactDays: 14,
  dueSoonDays: 3,
  victimSupportService: 'Victim First',
};

export class InvalidCaseSettingsError extends Error {
  override name = 'InvalidCaseSettingsError';
}

const days = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a number of days` })
    .int({ error: `${what} must be a whole number of days` })
    .min(min, { error: `${what} must be at least ${min} days` })
    .max(max, { error: `${what} must be at most ${max} days` });

const overridesSchema = z.strictObject({
  supervisoryReviewDays: days(1, 28, 'The supervisory review interval').optional(),
  riskAssessmentDueDays: days(0, 28, 'The time to complete a risk assessment').optional(),
  riskReviewDays: z
    .strictObject({
      high: days(1, 90, 'The high-risk review interval').optional(),
      medium: days(1, 180, 'The medium-risk review interval').optional(),
      standard: days(1, 365, 'The standard-risk review interval').optional(),
    })
    .optional(),
  defaultContactDays: days(1, 90, 'The default victim contact interval').optional(),
  dueSoonDays: days(0, 28, 'The due-soon window').optional(),
  victimSupportService: z.string().min(1).max(100).optional(),
});

/**
 * DEFAULT_CASE_SETTINGS with the stored overrides applied.
 * @param overrides the stored JSON value, or null for none.
 * @throws InvalidCaseSettingsError naming the first setting out of bounds.
 */
export function mergeCaseSettings(overrides: unknown): CaseSettings {
  if (overrides === null || overrides === undefined) return structuredClone(DEFAULT_CASE_SETTINGS);
  const parsed = overridesSchema.safeParse(overrides);
  if (!parsed.success) throw new InvalidCaseSettingsError(parsed.error.issues[0]?.message ?? 'Invalid case settings');
  const o = parsed.data;
  const d = DEFAULT_CASE_SETTINGS;
  return {
    supervisoryReviewDays: o.supervisoryReviewDays ?? d.supervisoryReviewDays,
    riskAssessmentDueDays: o.riskAssessmentDueDays ?? d.riskAssessmentDueDays,
    riskReviewDays: { ...d.riskReviewDays, ...stripUndefined(o.riskReviewDays ?? {}) },
    defaultContactDays: o.defaultContactDays ?? d.defaultContactDays,
    dueSoonDays: o.dueSoonDays ?? d.dueSoonDays,
    victimSupportService: o.victimSupportService ?? d.victimSupportService,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
