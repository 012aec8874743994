/**
 * The partnership's check rules: LOCAL overrides (rule_settings, key 'checks') over
 * DEFAULT_CHECK_RULES, validated so that no setting can make a check unlawful or meaningless.
 *
 * Limits and their sources:
 * - caseReview.minIncidents 1–3: s.104(4) of the 2014 Act — the threshold must be treated as met
 *   at three qualifying complaints; a procedure may set fewer, never more.
 * - caseReview.reportedWithinMonths 1–12 and windowMonths 6–12: s.104(11) makes a complaint
 *   qualifying when made within one month of the behaviour and the application within six months
 *   of it; a shorter setting would hide cases the Act says must meet the threshold, a longer one is
 *   a local, more generous choice (s.104(5)).
 * - repeatVictim.minIncidents ≥ 2: "more than once" (LLR action plan §2.51); 1 would flag everyone.
 *   Its roles may not include 'perpetrator'.
 * - Everything else within sane bounds (radius up to 5 km, windows up to 5 years, duplicates up to
 *   a week apart).
 */
import { z } from 'zod';
import { DEFAULT_CHECK_RULES, type CheckRules } from './types.js';

export class InvalidCheckRulesError extends Error {
  override name = 'InvalidCheckRulesError';
}

const int = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int({ error: `${what} must be a whole number` })
    .min(min, { error: `${what} must be at least ${min}` })
    .max(max, { error: `${what} must be at most ${max}` });

const num = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .min(min, { error: `${what} must be at least ${min}` })
    .max(max, { error: `${what} must be at most ${max}` });

const bool = (what: string) => z.boolean({ error: `${what} must be true or false` });

const section = (name: string) => `The ${name} rules must be an object of settings`;

const overridesSchema = z
  .strictObject(
    {
      repeatVictim: z
        .strictObject(
          {
            windowMonths: int(1, 60, 'The repeat victim window'),
            minIncidents: int(2, 20, 'The number of incidents that make a repeat victim'),
            roles: z
              .array(
                z.enum(['victim', 'complainant', 'witness', 'subject'], {
                  error: "Repeat victim roles may only be 'victim', 'complainant', 'witness' or 'subject'",
                }),
              )
              .min(1, { error: 'Repeat victim roles must name at least one role' }),
          },
          { error: section('repeatVictim') },
        )
        .partial(),
      repeatLocation: z
        .strictObject(
          {
            minIncidents: int(2, 100, 'The number of incidents that make a repeat location'),
            radiusMetres: num(1, 5000, 'The repeat location radius in metres'),
            windowDays: int(1, 1826, 'The repeat location window in days'),
            sameLsoa: bool('Repeat location sameLsoa'),
          },
          { error: section('repeatLocation') },
        )
        .partial(),
      caseReview: z
        .strictObject(
          {
            windowMonths: int(6, 12, 'The ASB Case Review window in months (s.104(11): six months)'),
            minIncidents: int(1, 3, 'The ASB Case Review number of qualifying complaints (s.104(4) of the 2014 Act allows no more than 3)'),
            reportedWithinMonths: int(1, 12, 'The months within which a complaint qualifies (s.104(11): one month)'),
            hateIncidentAlone: bool('Case Review hateIncidentAlone'),
            duplicateWithinHours: num(0, 168, 'The hours within which reports to different agencies are one incident'),
          },
          { error: section('caseReview') },
        )
        .partial(),
    },
    { error: 'The check rules must be an object of settings' },
  )
  .partial();

/**
 * The rules in force: `overrides` (any JSON value read from the database; null or undefined for
 * none) merged section by section over DEFAULT_CHECK_RULES. Returns a fresh object.
 * @throws InvalidCheckRulesError naming every field that is unknown, of the wrong type or outside
 *   its limits, e.g. "Check rules are not valid: caseReview.minIncidents: The ASB Case Review
 *   number of qualifying complaints (s.104(4) of the 2014 Act allows no more than 3) must be at most 3".
 */
export function mergeCheckRules(overrides: unknown): CheckRules {
  const parsed = overridesSchema.safeParse(overrides ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const where = i.path.map(String).join('.');
      const unknown = i.code === 'unrecognized_keys' ? `unknown setting ${i.keys.map((k) => `'${k}'`).join(', ')}` : i.message;
      return where ? `${where}: ${unknown}` : unknown;
    });
    throw new InvalidCheckRulesError(`Check rules are not valid: ${problems.join('; ')}`);
  }
  // An in-code caller may pass { key: undefined }: that means "no override", not "no value".
  const o = JSON.parse(JSON.stringify(parsed.data)) as typeof parsed.data;
  const d = DEFAULT_CHECK_RULES;
  const roles = o.repeatVictim?.roles ?? d.repeatVictim.roles;
  return {
    repeatVictim: { ...d.repeatVictim, ...o.repeatVictim, roles: [...new Set(roles)] },
    repeatLocation: { ...d.repeatLocation, ...o.repeatLocation },
    caseReview: { ...d.caseReview, ...o.caseReview },
  };
}
