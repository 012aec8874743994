/**
 * How alike two forenames, or two surnames, are: an agreement level in 0..1 and the reason in
 * the words staff see ("surname sounds the same (Smyth/Smith)"). Pure. Inputs are normalised
 * keys (normalise.ts); the phonetic codes are Double Metaphone (Philips, 2000), computed by the
 * database's fuzzystrmatch `dmetaphone`/`dmetaphone_alt` so there is one implementation.
 *
 * Levels (the best rule wins; a rule applied to one part of a several-word name counts 0.9 of it):
 *   same                          1.00
 *   gendered ending (Kowalska)     0.90    surnames only
 *   optional part left out         0.90    surnames only: Kaur Sandhu / Sandhu
 *   variant (Bill/William)         0.85    forenames only
 *   shares a part (Smith-Jones)    0.85
 *   short form (Chris)             0.80    forenames only, a prefix of at least 3 letters
 *   sounds the same                0.75    primary codes equal; 0.60 when primary meets alternate
 *   one letter different           0.75    both at least 4 letters
 *   two letters different          0.55    both at least 7 letters
 *   initial                        0.50    forenames only
 *   trigram similarity s ≥ 0.35    s
 */
import { COMMON_SURNAMES, OPTIONAL_SURNAME_PARTS, SURNAME_PARTICLES, forenameVariants, genderedStem } from './names.js';
import { editDistance, trigramSimilarity } from './similarity.js';

/** Double Metaphone codes of one word: primary and alternate (often equal). */
export interface PhoneticCode {
  primary: string;
  alternate: string;
}

/** Double Metaphone codes by normalised word ("smyth" → SM0/XMT). */
export type PhoneticCodes = ReadonlyMap<string, PhoneticCode>;

/** One name part to compare: its normalised key and, when known, its words' codes. */
export interface NamePart {
  key: string;
  codes?: PhoneticCodes | undefined;
  /** As typed, for the reason text. */
  display: string;
}

export interface Agreement {
  level: number;
  /** Why, in staff's words; null when they do not agree. */
  reason: string | null;
  /** True when the agreement rests on a very common surname (Singh, Patel, Smith…). */
  common: boolean;
}

const NONE: Agreement = { level: 0, reason: null, common: false };

function sounds(a: PhoneticCode | undefined, b: PhoneticCode | undefined): number {
  if (!a || !b || !a.primary || !b.primary) return 0;
  if (a.primary === b.primary) return 0.75;
  return a.primary === b.alternate || a.alternate === b.primary ? 0.6 : 0;
}

function best(...options: [number, string][]): [number, string] {
  return options.reduce((a, b) => (b[0] > a[0] ? b : a), [0, '']);
}

/** Word-to-word rules shared by forenames and surnames. */
function compareWords(
  a: string,
  b: string,
  ca: PhoneticCode | undefined,
  cb: PhoneticCode | undefined,
  kind: 'forename' | 'surname',
): [number, string] {
  if (a === b) return [1, 'same'];
  const short = Math.min(a.length, b.length);
  const edits = editDistance(a, b);
  const trigram = trigramSimilarity(a, b);
  return best(
    [kind === 'surname' && genderedStem(a) === genderedStem(b) && short >= 4 ? 0.9 : 0, 'gendered'],
    [kind === 'forename' && forenameVariants(a, b) ? 0.85 : 0, 'variant'],
    [kind === 'forename' && short >= 3 && (a.startsWith(b) || b.startsWith(a)) ? 0.8 : 0, 'short'],
    [sounds(ca, cb), 'sounds'],
    [short >= 4 && edits === 1 ? 0.75 : short >= 7 && edits === 2 ? 0.55 : 0, 'typo'],
    [kind === 'forename' && short === 1 && a[0] === b[0] ? 0.5 : 0, 'initial'],
    [trigram >= 0.35 ? trigram : 0, 'similar'],
  );
}

const WORDING: Record<string, (kind: string, pair: string) => string> = {
  same: (kind, pair) => `${kind} has a part in common (${pair})`,
  gendered: (kind, pair) => `${kind} is the same family name with a different ending (${pair})`,
  optional: (kind, pair) => `${kind} matches without Singh, Kaur or Begum (${pair})`,
  variant: (kind, pair) => `${kind} is another form of the same name (${pair})`,
  short: (kind, pair) => `${kind} is a short form (${pair})`,
  typo: (kind, pair) => `${kind} spelt slightly differently (${pair})`,
  sounds: (kind, pair) => `${kind} sounds the same (${pair})`,
  initial: (kind, pair) => `${kind} initial matches (${pair})`,
};

const words = (key: string) => key.split(' ').filter(Boolean);

/** Surname words that can identify a family on their own. */
function meaningful(ws: string[]): string[] {
  return ws.filter((w) => w.length >= 2 && !SURNAME_PARTICLES.has(w));
}

/**
 * How far `query` and `candidate` agree as forenames or surnames.
 * @returns level 0 and reason null when no rule applies.
 */
export function compareNames(query: NamePart, candidate: NamePart, kind: 'forename' | 'surname'): Agreement {
  const pair = `${query.display}/${candidate.display}`;
  const label = kind === 'forename' ? 'forename' : 'surname';
  const common = (ws: string[]) => kind === 'surname' && ws.every((w) => COMMON_SURNAMES.has(w));
  if (query.key === candidate.key) {
    return { level: 1, reason: `same ${label}`, common: common(words(query.key)) };
  }
  const qw = words(query.key);
  const cw = words(candidate.key);
  if (kind === 'surname') {
    const qCore = qw.filter((w) => !OPTIONAL_SURNAME_PARTS.has(w));
    const cCore = cw.filter((w) => !OPTIONAL_SURNAME_PARTS.has(w));
    if (qCore.length && cCore.length && qCore.join(' ') === cCore.join(' ')) {
      return { level: 0.9, reason: WORDING.optional!(label, pair), common: common(qCore) };
    }
  }
  let top: [number, string, string] = [0, '', ''];
  const qs = kind === 'surname' ? meaningful(qw) : qw;
  const cs = kind === 'surname' ? meaningful(cw) : cw;
  qs.forEach((a, i) =>
    cs.forEach((b, j) => {
      const [level, rule] = compareWords(a, b, query.codes?.get(a), candidate.codes?.get(b), kind);
      // A match on one part of a several-part name, or on a middle name, counts a little less.
      const whole = (qs.length === 1 && cs.length === 1) || (kind === 'forename' && i === 0 && j === 0);
      const scaled = whole ? level : level * 0.9;
      if (scaled > top[0]) top = [scaled, rule, a];
    }),
  );
  const [level, rule, word] = top;
  if (level === 0) return NONE;
  if (rule === 'similar') return { level, reason: `${label} ${level.toFixed(2)} similar (${pair})`, common: false };
  return { level, reason: WORDING[rule]!(label, pair), common: kind === 'surname' && COMMON_SURNAMES.has(word) && rule === 'same' };
}
