/**
 * String similarity for names. Pure.
 *
 * `trigramSimilarity` reproduces PostgreSQL pg_trgm's `similarity()` (contrib/pg_trgm,
 * trgm_op.c: generate_trgm and cnt_sml with DIVUNION), so a score computed here is the score the
 * database's `%` operator and gin_trgm_ops index work with:
 * - the text is split into words at every character that is not a letter or digit;
 * - each word, lower-cased, is padded with two spaces in front and one behind ("  jon ");
 * - its trigrams are every run of three characters; the set of all words' trigrams is kept;
 * - similarity = shared / (|a| + |b| − shared), in 0..1; 0 when either side has no trigram.
 * Word order does not matter ("khan imran" and "imran khan" are 1.0 similar).
 *
 * `editDistance` is the optimal string alignment distance (Damerau, 1964: insert, delete,
 * substitute, or swap two adjacent letters, each costing 1), which catches the one-letter typos
 * that trigrams punish in short names ("Pirya"/"Priya" is 0.2 trigram-similar, 1 edit apart).
 */

/** The set of pg_trgm trigrams of `text`. */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const chars = [...`  ${word} `];
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return out;
}

/** pg_trgm `similarity(a, b)`: 0..1, see the module comment. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** Optimal string alignment distance between `a` and `b` (a count of edits, ≥ 0). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  // Three rolling rows: i−2, i−1 and i.
  let before = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
    }
    [before, prev, row] = [prev, row, before];
  }
  return prev[n]!;
}
