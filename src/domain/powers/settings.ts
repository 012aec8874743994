/**
 * Tools-and-powers settings: the LOCAL or UNVERIFIED rules (DOMAIN.md conventions) as configuration
 * with safe defaults, stored in `rule_settings` under key 'powers' and merged over
 * DEFAULT_POWERS_SETTINGS.
 *
 * Defaults and their sources:
 * - cbo.adultMinYears 2: an adult Criminal Behaviour Order is fixed at 2 years or more, or
 *   indefinite (Sentencing Code s.334 per CPS guidance [S120]; police Q&A [S121], [S23b], [S151]).
 *   Primary text UNVERIFIED (DOMAIN.md §2.1 note). Limit 1–10.
 * - cbo.youthMinYears 1, cbo.youthMaxYears 3: under-18 orders are fixed at 1–3 years ([S23][S151];
 *   [S121] and [S23b] say 1–2). UNVERIFIED primary text. Limits 1–5, min ≤ max.
 * - possessionNoticeMonths 12: an absolute-ground possession notice follows the conviction or
 *   court finding within this many months (UNVERIFIED, DOMAIN.md §2.1; the closure-order condition
 *   is 3 months, s.83ZA(7) [S130]). Limit 1–24.
 * - pspoMinAge null: no statutory minimum age for PSPO offences and fixed penalties (ss.67–68 [S30];
 *   s.59 UNVERIFIED); a local enforcement policy may set one. Limit 10–18 when set.
 */
import { z } from 'zod';
import type { PowersSettings } from './types.js';

export const DEFAULT_POWERS_SETTINGS: PowersSettings = {
  cbo: { adultMinYears: 2, youthMinYears: 1, youthMaxYears: 3 },
  possessionNoticeMonths: 12,
  pspoMinAge: null,
};

export class InvalidPowersSettingsError extends Error {
  override name = 'InvalidPowersSettingsError';
}

const count = (n: number, unit: string) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`;

const whole = (min: number, max: number, what: string, unit: string) =>
  z
    .number({ error: `${what} must be a number of ${unit}` })
    .int({ error: `${what} must be a whole number of ${unit}` })
    .min(min, { error: `${what} must be at least ${count(min, unit)}` })
    .max(max, { error: `${what} must be at most ${count(max, unit)}` });

const overridesSchema = z.strictObject({
  cbo: z
    .strictObject({
      adultMinYears: whole(1, 10, 'The minimum length of an adult Criminal Behaviour Order', 'years').optional(),
      youthMinYears: whole(1, 5, 'The minimum length of an under-18 Criminal Behaviour Order', 'years').optional(),
      youthMaxYears: whole(1, 5, 'The maximum length of an under-18 Criminal Behaviour Order', 'years').optional(),
    })
    .optional(),
  possessionNoticeMonths: whole(1, 24, 'The time to give a possession notice after the trigger event', 'months').optional(),
  pspoMinAge: whole(10, 18, 'The minimum age for a Public Spaces Protection Order fixed penalty', 'years').nullable().optional(),
});

/**
 * DEFAULT_POWERS_SETTINGS with the stored overrides applied.
 * @param overrides the stored JSON value, or null/undefined for none.
 * @throws InvalidPowersSettingsError naming the first setting out of bounds, or when the under-18
 *   CBO minimum is above the maximum.
 */
export function mergePowersSettings(overrides: unknown): PowersSettings {
  if (overrides === null || overrides === undefined) return structuredClone(DEFAULT_POWERS_SETTINGS);
  const parsed = overridesSchema.safeParse(overrides);
  if (!parsed.success) throw new InvalidPowersSettingsError(parsed.error.issues[0]?.message ?? 'Invalid powers settings');
  const o = parsed.data;
  const d = DEFAULT_POWERS_SETTINGS;
  const cbo = {
    adultMinYears: o.cbo?.adultMinYears ?? d.cbo.adultMinYears,
    youthMinYears: o.cbo?.youthMinYears ?? d.cbo.youthMinYears,
    youthMaxYears: o.cbo?.youthMaxYears ?? d.cbo.youthMaxYears,
  };
  if (cbo.youthMinYears > cbo.youthMaxYears) {
    throw new InvalidPowersSettingsError('The minimum length of an under-18 Criminal Behaviour Order must not be more than the maximum');
  }
  return {
    cbo,
    possessionNoticeMonths: o.possessionNoticeMonths ?? d.possessionNoticeMonths,
    pspoMinAge: o.pspoMinAge === undefined ? d.pspoMinAge : o.pspoMinAge,
  };
}
