/**
 * The use-of-powers report's settings: LOCAL configuration (DOMAIN.md conventions) with a safe
 * default, stored in `rule_settings` under key 'use_of_powers_report' and merged over
 * DEFAULT_USE_OF_POWERS_SETTINGS.
 *
 * - suppressionThreshold 5: counts from 1 to 4 are withheld and shown as "[c]", with the secondary
 *   suppression of domain/analysis/small-counts.ts, because the report may leave the partnership
 *   and a count of 1 can identify a child. The threshold is a partnership choice under GSS/ONS
 *   disclosure-control practice (no statutory figure). Limit 1–20; 1 withholds nothing.
 */
import { z } from 'zod';

export const USE_OF_POWERS_SETTINGS_KEY = 'use_of_powers_report';

export interface UseOfPowersSettings {
  /** The smallest count shown: counts from 1 to one below it are withheld. */
  suppressionThreshold: number;
}

export const DEFAULT_USE_OF_POWERS_SETTINGS: UseOfPowersSettings = { suppressionThreshold: 5 };

export class InvalidUseOfPowersSettingsError extends Error {
  override name = 'InvalidUseOfPowersSettingsError';
}

const THRESHOLD = 'The smallest count shown in the use-of-powers report';

/** The stored overrides: every field optional, unknown fields refused; messages in GOV.UK wording. */
export const useOfPowersOverridesSchema = z.strictObject(
  {
    suppressionThreshold: z
      .number({ error: `${THRESHOLD} must be a number` })
      .int({ error: `${THRESHOLD} must be a whole number` })
      .min(1, { error: `${THRESHOLD} must be 1 or more` })
      .max(20, { error: `${THRESHOLD} must be 20 or fewer` })
      .optional(),
  },
  { error: 'The use-of-powers report has only one setting: the smallest count shown' },
);

/**
 * DEFAULT_USE_OF_POWERS_SETTINGS with the stored overrides applied.
 * @param overrides the stored JSON value, or null/undefined for none.
 * @throws InvalidUseOfPowersSettingsError with the message of the first setting out of bounds.
 */
export function mergeUseOfPowersSettings(overrides: unknown): UseOfPowersSettings {
  if (overrides === null || overrides === undefined) return { ...DEFAULT_USE_OF_POWERS_SETTINGS };
  const parsed = useOfPowersOverridesSchema.safeParse(overrides);
  if (!parsed.success) throw new InvalidUseOfPowersSettingsError(parsed.error.issues[0]?.message ?? 'Invalid use-of-powers settings');
  return { suppressionThreshold: parsed.data.suppressionThreshold ?? DEFAULT_USE_OF_POWERS_SETTINGS.suppressionThreshold };
}
