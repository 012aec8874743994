/**
 * Surnames so common in Leicester, Leicestershire and Rutland that a person search cannot narrow
 * by them: about forty of the most frequent surnames in England and Wales, and the most frequent
 * among LLR's Gujarati, Punjabi and Muslim families (Patel is 4.5% of the people in the
 * LLR-shaped benchmark population, Smith 1.4%, Khan 1.2%: bench/README.md).
 *
 * Used by the candidate query (db/repositories/people-search.ts) to skip its whole-name trigram
 * branch, which for "x patel" hands back nearly every Patel for a recheck: the surname branch
 * (same surname family and the forename's initial or a variant's) finds the same people at a
 * fraction of the cost. Not the same list as COMMON_SURNAMES in names.ts, which weighs the
 * evidence of agreeing on a surname when scoring; changing one does not change the other.
 */

/** Very common surnames, normalised as surnameKey gives them (lower case, no accents). */
export const VERY_COMMON_SURNAMES: ReadonlySet<string> = new Set([
  // England and Wales
  'smith',
  'jones',
  'williams',
  'taylor',
  'brown',
  'davies',
  'evans',
  'wilson',
  'thomas',
  'johnson',
  'roberts',
  'robinson',
  'thompson',
  'wright',
  'walker',
  'white',
  'edwards',
  'hughes',
  'green',
  'hall',
  'lewis',
  'harris',
  'clarke',
  'jackson',
  'wood',
  'turner',
  'martin',
  'cooper',
  'hill',
  'ward',
  'morris',
  'moore',
  'clark',
  'lee',
  'king',
  'baker',
  'harrison',
  'morgan',
  'allen',
  // South Asian families in LLR
  'patel',
  'singh',
  'kaur',
  'khan',
  'ali',
  'ahmed',
  'hussain',
  'begum',
  'shah',
  'mistry',
  'parmar',
  'chauhan',
]);

/**
 * True when every word of `surnameKey` (a normalised surname, e.g. "patel" or "singh kaur") is
 * very common, so that the surname says little about who is meant. "kaur sandhu" is not.
 */
export function isVeryCommonSurname(surnameKey: string): boolean {
  const words = surnameKey.split(' ').filter((w) => w !== '');
  return words.length > 0 && words.every((w) => VERY_COMMON_SURNAMES.has(w));
}
