/**
 * The shape of the synthetic demo incidents, taken from the LLR ASB Action Plan 2026–2029
 * (shared/seeds/000, §2.7–2.9, §2.12, §2.17) so the demo looks like the partnership's own
 * figures. These are weights for fake data, not rules: nothing else in Concord reads them.
 */
import type { CategoryCode } from '../../domain/classification/categories.js';

/** §2.7: community (nuisance + environmental) 70%, personal 30%. */
export const PERSONAL_SHARE = 0.3;

/**
 * §2.8: intimidation, harassment and verbal abuse are 53.4% of personal ASB; every other
 * personal type sits between 2% and 5%. Percentages of personal incidents (sum 100).
 */
export const PERSONAL_TYPES: readonly (readonly [string, number])[] = [
  ['intimidation-harassment', 53.4],
  ['neighbour-nuisance', 5],
  ['noise', 5],
  ['nuisance-communications', 5],
  ['youth-rowdy', 4],
  ['hate-related', 4],
  ['rowdy-inconsiderate', 4],
  ['criminal-damage', 4],
  ['drugs', 3],
  ['vehicle-nuisance', 3],
  ['animal', 3],
  ['communal-areas', 2.6],
  ['trespass', 2],
  ['street-drinking', 2],
];

/**
 * §2.9: community ASB is spread across many types, led by youth rowdy (12.4%), off-road bikes
 * (10.4%) and drug taking (9.0%). Percentages of community incidents (sum 100); the rest of
 * the split is a plausible spread, not a published figure.
 */
export const COMMUNITY_TYPES: readonly (readonly [string, number])[] = [
  ['youth-rowdy', 12.4],
  ['off-road-bikes', 10.4],
  ['drugs', 9],
  ['rowdy-inconsiderate', 8.2],
  ['vehicle-nuisance', 8],
  ['fly-tipping', 8],
  ['noise', 7],
  ['criminal-damage', 7],
  ['neighbour-nuisance', 6],
  ['street-drinking', 5],
  ['abandoned-vehicle', 4],
  ['begging', 3],
  ['fireworks', 3],
  ['animal', 3],
  ['communal-areas', 3],
  ['trespass', 2],
  ['prostitution', 1],
];

/**
 * Chance that a community incident of this type is Environmental rather than Nuisance; types
 * not listed are always Nuisance.
 */
export const ENVIRONMENTAL_CHANCE: Readonly<Record<string, number>> = {
  'fly-tipping': 1,
  'abandoned-vehicle': 1,
  'criminal-damage': 0.8,
  'communal-areas': 0.5,
  drugs: 0.3,
  animal: 0.3,
};

/** The community category for a type: Environmental with the chance above, else Nuisance. */
export function communityCategory(typeCode: string, draw: number): CategoryCode {
  return draw < (ENVIRONMENTAL_CHANCE[typeCode] ?? 0) ? 'environmental' : 'nuisance';
}

/**
 * §2.12–2.13: a summer rise peaking in May, then June and July. Relative weight per calendar
 * month, January first.
 */
export const MONTH_WEIGHTS: readonly number[] = [0.8, 0.78, 0.9, 1.02, 1.3, 1.2, 1.12, 1.05, 0.98, 0.95, 0.85, 0.8];

/** §2.12: more common Monday to Friday. Relative weight per ISO weekday, Monday first. */
export const WEEKDAY_WEIGHTS: readonly number[] = [1, 1, 1, 1, 1.05, 0.78, 0.72];

/** Hour of day (London) the behaviour began: afternoons and evenings. Index = hour. */
export const HOUR_WEIGHTS: readonly number[] = [
  3, 2, 1.5, 1, 0.6, 0.5, 0.7, 1, 1.5, 2, 2.5, 3, 3.5, 3.5, 4, 5, 6, 6.5, 7, 7, 6.5, 5.5, 4.5, 3.5,
];

/**
 * §2.17: 39% of victims are repeats (a victim more than once in 12 months, §2.51). How many
 * incidents a repeat victim has, by weight; three within six months meets the LLR ASB Case
 * Review threshold, so some victims cross it.
 */
export const REPEAT_VICTIM_SHARE = 0.39;
export const REPEAT_COUNTS: readonly (readonly [number, number])[] = [
  [2, 50],
  [3, 25],
  [4, 13],
  [5, 7],
  [6, 5],
];

/** Chance that a victim is recorded, by category (personal ASB always has one). */
export const VICTIM_CHANCE: Readonly<Record<CategoryCode, number>> = {
  personal: 1,
  nuisance: 0.35,
  environmental: 0.1,
};

/** Chance that a named perpetrator is recorded, by category. */
export const PERPETRATOR_CHANCE: Readonly<Record<CategoryCode, number>> = {
  personal: 0.45,
  nuisance: 0.15,
  environmental: 0.05,
};

/** Chance that an incident without a victim has a named complainant. */
export const COMPLAINANT_CHANCE = 0.4;

/** Share of incidents recorded by Leicestershire Police; the rest by the local council. */
export const POLICE_SHARE = 0.68;
