import { describe, expect, it } from 'vitest';
import { formatSettingValue, settingSummaries, settingsRevisions, type StoredSetting } from './display.js';
import { powersGroup } from './groups/powers.js';
import { checksGroup } from './groups/checks.js';
import { DEFAULT_POWERS_SETTINGS, mergePowersSettings } from '../powers/settings.js';

const field = (group: typeof powersGroup, path: string) => group.fields.find((f) => f.path === path)!;

describe('rule settings in words', () => {
  it('shows values with their unit, yes or no, the chosen options and "none"', () => {
    expect(formatSettingValue(field(powersGroup, 'cbo.adultMinYears'), 1)).toBe('1 year');
    expect(formatSettingValue(field(powersGroup, 'possessionNoticeMonths'), 12)).toBe('12 months');
    expect(formatSettingValue(field(powersGroup, 'pspoMinAge'), null)).toBe('No minimum age');
    expect(formatSettingValue(field(checksGroup, 'repeatLocation.radiusMetres'), 1500)).toBe('1,500 metres');
    expect(formatSettingValue(field(checksGroup, 'caseReview.hateIncidentAlone'), false)).toBe('No');
    expect(formatSettingValue(field(checksGroup, 'repeatVictim.roles'), ['victim', 'witness'])).toBe('Victim, Witness');
  });

  const history: StoredSetting[] = [
    { id: '3', value: { pspoMinAge: 16 }, changedAt: new Date('2026-11-03T10:00:00Z'), changedByName: 'Bea' },
    { id: '2', value: { cbo: { adultMinYears: 3 }, pspoMinAge: 16 }, changedAt: new Date('2026-11-02T10:00:00Z'), changedByName: 'Ada' },
    { id: '1', value: { cbo: { adultMinYears: 3 } }, changedAt: new Date('2026-11-01T10:00:00Z'), changedByName: null },
  ];

  it('says what each stored change altered, newest first, from the defaults for the first', () => {
    expect(
      settingsRevisions(powersGroup, history).map((r) => [r.id, r.changedByName, r.changes.map((c) => `${c.path}: ${c.from} → ${c.to}`)]),
    ).toEqual([
      ['3', 'Bea', ['cbo.adultMinYears: 3 years → 2 years']],
      ['2', 'Ada', ['pspoMinAge: No minimum age → 16 years']],
      ['1', null, ['cbo.adultMinYears: 2 years → 3 years']],
    ]);
  });

  it('gives each setting its value in force, its default when different and its last change', () => {
    const settings = mergePowersSettings(history[0]!.value);
    const summaries = settingSummaries(powersGroup, settings, settingsRevisions(powersGroup, history));
    expect(summaries.find((s) => s.path === 'pspoMinAge')).toMatchObject({
      value: '16 years',
      defaultValue: 'No minimum age',
      lastChanged: { at: new Date('2026-11-02T10:00:00Z'), byName: 'Ada' },
    });
    expect(summaries.find((s) => s.path === 'cbo.adultMinYears')).toMatchObject({
      value: '2 years',
      defaultValue: null,
      lastChanged: { byName: 'Bea' },
    });
    expect(summaries.find((s) => s.path === 'possessionNoticeMonths')).toMatchObject({
      value: '12 months',
      defaultValue: null,
      lastChanged: null,
    });
    expect(settingSummaries(powersGroup, DEFAULT_POWERS_SETTINGS, []).every((s) => s.lastChanged === null && s.defaultValue === null)).toBe(
      true,
    );
  });
});
