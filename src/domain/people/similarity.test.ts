import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, trigramSimilarity, trigrams } from './similarity.js';

describe('trigram similarity as pg_trgm computes it', () => {
  it('pads each word with two spaces in front and one behind', () => {
    expect([...trigrams('jon')].sort()).toEqual(['  j', ' jo', 'jon', 'on ']);
    expect([...trigrams('bill smith')].sort()).toEqual(['  b', '  s', ' bi', ' sm', 'bil', 'ill', 'ith', 'll ', 'mit', 'smi', 'th ']);
  });

  it('gives the values PostgreSQL gives', () => {
    // Checked against similarity() on PostgreSQL 15; the repository test compares more on both engines.
    expect(trigramSimilarity('bill smith', 'william smith')).toBeCloseTo(0.3888889, 6);
    expect(trigramSimilarity('mohammed', 'muhammad')).toBeCloseTo(0.2, 6);
    expect(trigramSimilarity('a', 'a b')).toBeCloseTo(0.5, 6);
  });

  it('ignores word order, so forename and surname the other way round are 1.0 similar', () => {
    expect(trigramSimilarity('imran khan', 'khan imran')).toBe(1);
  });

  it('is 0 when either side has no letters or digits', () => {
    expect(trigramSimilarity('', 'smith')).toBe(0);
    expect(trigramSimilarity('--', '--')).toBe(0);
  });

  it('is symmetric, in 0..1, and 1 for identical words', () => {
    const word = fc.stringMatching(/^[a-z]{1,10}( [a-z]{1,10})?$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const s = trigramSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(trigramSimilarity(b, a)).toBe(s);
        expect(trigramSimilarity(a, a)).toBe(1);
      }),
    );
  });
});

describe('edit distance (optimal string alignment)', () => {
  it('counts one for each insertion, deletion, substitution or swap of neighbours', () => {
    expect(editDistance('priya', 'priya')).toBe(0);
    expect(editDistance('priya', 'pirya')).toBe(1);
    expect(editDistance('priya', 'prya')).toBe(1);
    expect(editDistance('priya', 'priyya')).toBe(1);
    expect(editDistance('smith', 'smyth')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is symmetric and never more than the longer length', () => {
    const word = fc.stringMatching(/^[a-z]{0,9}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d === 0).toBe(a === b);
      }),
    );
  });
});
