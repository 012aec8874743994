import { describe, expect, it } from 'vitest';
import { deletePath, getPath, setPath } from './paths.js';

describe('settings paths', () => {
  it('read a nested value, or undefined along a missing step', () => {
    expect(getPath({ cbo: { adultMinYears: 2 } }, 'cbo.adultMinYears')).toBe(2);
    expect(getPath({ cbo: 2 }, 'cbo.adultMinYears')).toBeUndefined();
    expect(getPath(null, 'cbo')).toBeUndefined();
  });

  it('set a nested value on a copy, leaving the original alone', () => {
    const original = { cbo: { youthMinYears: 1 } };
    expect(setPath(original, 'cbo.adultMinYears', 3)).toEqual({ cbo: { youthMinYears: 1, adultMinYears: 3 } });
    expect(original).toEqual({ cbo: { youthMinYears: 1 } });
    expect(setPath(null, 'a.b', true)).toEqual({ a: { b: true } });
  });

  it('delete a nested value on a copy, dropping objects left empty', () => {
    expect(deletePath({ cbo: { adultMinYears: 3 }, pspoMinAge: 16 }, 'cbo.adultMinYears')).toEqual({ pspoMinAge: 16 });
    expect(deletePath({ cbo: { adultMinYears: 3, youthMinYears: 2 } }, 'cbo.adultMinYears')).toEqual({ cbo: { youthMinYears: 2 } });
    expect(deletePath({ cbo: 5 }, 'cbo.adultMinYears')).toEqual({ cbo: 5 });
  });
});
