import { describe, expect, it } from 'vitest';
import { DEFAULT_POWERS_SETTINGS, InvalidPowersSettingsError, mergePowersSettings } from './settings.js';

describe('mergePowersSettings', () => {
  it('gives the defaults for no overrides, as a copy', () => {
    const s = mergePowersSettings(null);
    expect(s).toEqual({ cbo: { adultMinYears: 2, youthMinYears: 1, youthMaxYears: 3 }, possessionNoticeMonths: 12, pspoMinAge: null });
    s.cbo.adultMinYears = 9;
    expect(DEFAULT_POWERS_SETTINGS.cbo.adultMinYears).toBe(2);
    expect(mergePowersSettings(undefined)).toEqual(DEFAULT_POWERS_SETTINGS);
  });

  it('applies partial overrides', () => {
    expect(mergePowersSettings({ cbo: { youthMaxYears: 2 }, pspoMinAge: 16 })).toEqual({
      cbo: { adultMinYears: 2, youthMinYears: 1, youthMaxYears: 2 },
      possessionNoticeMonths: 12,
      pspoMinAge: 16,
    });
    expect(mergePowersSettings({ pspoMinAge: null }).pspoMinAge).toBeNull();
  });

  it.each([
    [{ cbo: { adultMinYears: 0 } }, 'The minimum length of an adult Criminal Behaviour Order must be at least 1 year'],
    [{ cbo: { youthMaxYears: 6 } }, 'The maximum length of an under-18 Criminal Behaviour Order must be at most 5 years'],
    [{ possessionNoticeMonths: 1.5 }, 'The time to give a possession notice after the trigger event must be a whole number of months'],
    [{ pspoMinAge: 9 }, 'The minimum age for a Public Spaces Protection Order fixed penalty must be at least 10 years'],
    [
      { cbo: { youthMinYears: 3, youthMaxYears: 2 } },
      'The minimum length of an under-18 Criminal Behaviour Order must not be more than the maximum',
    ],
  ])('refuses %j', (overrides, message) => {
    expect(() => mergePowersSettings(overrides)).toThrow(new InvalidPowersSettingsError(message));
  });

  it('refuses unknown settings', () => {
    expect(() => mergePowersSettings({ cpnAppealDays: 28 })).toThrow(InvalidPowersSettingsError);
  });
});
