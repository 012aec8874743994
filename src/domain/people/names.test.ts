import { describe, expect, it } from 'vitest';
import { compareNames } from './name-compare.js';
import { forenameVariants, genderedStem, variantsOf } from './names.js';

const part = (display: string) => ({
  key: display
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .trim(),
  display,
});

describe('what matching knows about names', () => {
  it('gives the masculine and feminine forms of a family name one stem', () => {
    for (const [a, b] of [
      ['kowalski', 'kowalska'],
      ['zielinski', 'zielinska'],
      ['novak', 'novakova'],
      ['ivanov', 'ivanova'],
      ['georgiev', 'georgieva'],
      ['kazlauskas', 'kazlauskiene'],
      ['kazlauskas', 'kazlauskaite'],
      ['pushkin', 'pushkina'],
    ]) {
      expect(genderedStem(a!), `${a}/${b}`).toBe(genderedStem(b!));
    }
    expect(genderedStem('smith')).toBe('smith');
    expect(genderedStem('ova')).toBe('ova');
  });

  it('knows diminutives and romanisations of one given name, both ways', () => {
    expect(forenameVariants('bill', 'william')).toBe(true);
    expect(forenameVariants('william', 'bill')).toBe(true);
    expect(forenameVariants('mohammed', 'md')).toBe(true);
    expect(forenameVariants('kasia', 'katarzyna')).toBe(true);
    expect(forenameVariants('sasha', 'oleksandr')).toBe(true);
    expect(forenameVariants('bill', 'robert')).toBe(false);
    expect(forenameVariants('zebedee', 'zebedee')).toBe(false);
    expect(variantsOf('jon')).toEqual(expect.arrayContaining(['john', 'jonathan']));
  });

  it('treats Singh, Kaur and Begum as parts a record may have or leave out', () => {
    expect(compareNames(part('Kaur Sandhu'), part('Sandhu'), 'surname')).toMatchObject({ level: 0.9 });
    expect(compareNames(part('Singh'), part('Singh Gill'), 'surname')).toMatchObject({ level: 0.9, common: true });
    expect(compareNames(part('Kaur'), part('Kaur'), 'surname')).toMatchObject({ level: 1, common: true });
  });

  it('does not match surnames on a particle alone', () => {
    expect(compareNames(part('van Dijk'), part('van Basten'), 'surname').level).toBeLessThan(0.5);
  });

  it('matches a middle name a little less than a first name', () => {
    expect(compareNames(part('Ann'), part('Mary Ann'), 'forename')).toMatchObject({
      level: 0.9,
      reason: 'forename has a part in common (Ann/Mary Ann)',
    });
  });

  it('uses phonetic codes when given, and prefers them to counting letters', () => {
    const codes = new Map([
      ['smyth', { primary: 'SM0', alternate: 'XMT' }],
      ['smith', { primary: 'SM0', alternate: 'XMT' }],
    ]);
    expect(compareNames({ ...part('Smyth'), codes }, { ...part('Smith'), codes }, 'surname')).toEqual({
      level: 0.75,
      reason: 'surname sounds the same (Smyth/Smith)',
      common: false,
    });
    expect(compareNames(part('Smyth'), part('Smith'), 'surname').reason).toBe('surname spelt slightly differently (Smyth/Smith)');
  });
});
