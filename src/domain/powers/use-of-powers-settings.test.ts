import { describe, expect, it } from 'vitest';
import {
  DEFAULT_USE_OF_POWERS_SETTINGS,
  InvalidUseOfPowersSettingsError,
  mergeUseOfPowersSettings,
  useOfPowersOverridesSchema,
} from './use-of-powers-settings.js';

describe('mergeUseOfPowersSettings', () => {
  it('withholds counts below 5 unless the partnership sets otherwise', () => {
    expect(mergeUseOfPowersSettings(null)).toEqual({ suppressionThreshold: 5 });
    expect(mergeUseOfPowersSettings(undefined)).toEqual(DEFAULT_USE_OF_POWERS_SETTINGS);
    expect(mergeUseOfPowersSettings({})).toEqual(DEFAULT_USE_OF_POWERS_SETTINGS);
  });

  it('applies a threshold from 1 (nothing withheld) to 20', () => {
    expect(mergeUseOfPowersSettings({ suppressionThreshold: 1 })).toEqual({ suppressionThreshold: 1 });
    expect(mergeUseOfPowersSettings({ suppressionThreshold: 20 })).toEqual({ suppressionThreshold: 20 });
  });

  it.each([
    [{ suppressionThreshold: 0 }, 'The smallest count shown in the use-of-powers report must be 1 or more'],
    [{ suppressionThreshold: 21 }, 'The smallest count shown in the use-of-powers report must be 20 or fewer'],
    [{ suppressionThreshold: 2.5 }, 'The smallest count shown in the use-of-powers report must be a whole number'],
    [{ suppressionThreshold: '5' }, 'The smallest count shown in the use-of-powers report must be a number'],
    [{ threshold: 5 }, 'The use-of-powers report has only one setting: the smallest count shown'],
    ['5', 'The use-of-powers report has only one setting: the smallest count shown'],
  ])('refuses %j', (overrides, message) => {
    expect(() => mergeUseOfPowersSettings(overrides)).toThrow(new InvalidUseOfPowersSettingsError(message));
  });

  it('gives its field messages through the overrides schema, for a settings form', () => {
    const result = useOfPowersOverridesSchema.safeParse({ suppressionThreshold: 0 });
    expect(result.error?.issues).toMatchObject([{ path: ['suppressionThreshold'], message: expect.stringContaining('1 or more') }]);
  });
});
