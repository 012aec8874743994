import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import type { DbHandle } from '../../db/client.js';
import type { Actor } from '../../domain/access/roles.js';
import { anActor, POLICE } from '../report/test-support.js';
import { settingsFormValues } from '../../domain/settings/form.js';
import { findSettingGroup, SETTING_GROUPS } from '../../domain/settings/registry.js';
import { CHECK_RULES_KEY, loadCheckRules } from '../report/rules.js';
import { CASE_SETTINGS_KEY, loadCaseSettings } from '../cases/settings.js';
import { POWERS_SETTINGS_KEY } from '../powers/settings.js';
import { USE_OF_POWERS_SETTINGS_KEY } from '../../domain/powers/use-of-powers-settings.js';
import { refreshCaseDueOnce } from '../cases/refresh-case-due.js';
import { changeRuleSettings, RuleSettingsForbiddenError, UnknownRuleSettingsError } from './change-rule-settings.js';
import { listRuleSettings } from './list-rule-settings.js';
import { getRuleSettings } from './get-rule-settings.js';

describe('changing the rule settings', () => {
  let h: DbHandle;
  let admin: Actor;
  let adminId: string;
  beforeAll(async () => {
    h = await createTestDb();
    const a = await anActor(h.db, POLICE, ['administrator']);
    admin = a.actor;
    adminId = a.user.id;
  });
  afterAll(() => h.close());

  const group = (key: string) => findSettingGroup(key)!;
  const form = (key: string, typed: Record<string, string | string[]>) => ({
    ...settingsFormValues(group(key), group(key).defaults),
    ...typed,
  });
  const rows = (key: string) => h.db.selectFrom('rule_settings').selectAll().where('key', '=', key).orderBy('id').execute();

  it('keeps the registry’s groups under the keys the rules are read from', () => {
    expect(SETTING_GROUPS.map((g) => g.key)).toEqual([CHECK_RULES_KEY, CASE_SETTINGS_KEY, POWERS_SETTINGS_KEY, USE_OF_POWERS_SETTINGS_KEY]);
  });

  it('stores a change as a new row with who and when, audited, and the rules use it', async () => {
    const result = await changeRuleSettings(
      h.db,
      'case_management',
      form('case_management', { supervisoryReviewDays: '21' }),
      admin,
      '10.0.0.1',
    );
    expect(result).toMatchObject({ ok: true, changed: true, fields: ['supervisoryReviewDays'] });
    const stored = await rows('case_management');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ scope: 'partnership', value: { supervisoryReviewDays: 21 }, changed_by: adminId });
    expect(stored[0]!.changed_at).toBeInstanceOf(Date);
    expect((await loadCaseSettings(h.db)).supervisoryReviewDays).toBe(21);
    const audit = await h.db.selectFrom('audit_log').selectAll().where('action', '=', 'rule_settings.change').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_type: 'rule_settings', entity_id: 'case_management', user_id: adminId, ip: '10.0.0.1' });
    expect(audit.detail).toEqual({ id: String(stored[0]!.id), fields: ['supervisoryReviewDays'] });
  });

  it('adds a row for each later change rather than updating, and the case due dates are refreshed for it', async () => {
    const again = await changeRuleSettings(h.db, 'case_management', form('case_management', { supervisoryReviewDays: '14' }), admin);
    expect(again).toMatchObject({ ok: true, changed: true });
    const stored = await rows('case_management');
    expect(stored.map((r) => r.value)).toEqual([{ supervisoryReviewDays: 21 }, { supervisoryReviewDays: 14 }]);
    const run = await refreshCaseDueOnce(h.db, '2026-11-21');
    expect(run?.periodKeys).toContain(`settings-${stored[1]!.id}`);
  });

  it('writes nothing when the values are those in force', async () => {
    const same = await changeRuleSettings(h.db, 'case_management', form('case_management', { supervisoryReviewDays: '14' }), admin);
    expect(same).toEqual({ ok: true, changed: false });
    expect(await rows('case_management')).toHaveLength(2);
  });

  it('refuses a value outside the rule’s limits with its message, writing nothing', async () => {
    const result = await changeRuleSettings(h.db, 'checks', form('checks', { 'caseReview-minIncidents': '5' }), admin);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          name: 'caseReview-minIncidents',
          message: 'The ASB Case Review number of qualifying complaints (s.104(4) of the 2014 Act allows no more than 3) must be at most 3',
        },
      ],
    });
    expect(await rows('checks')).toHaveLength(0);
    expect(await h.db.selectFrom('audit_log').select('id').where('entity_id', '=', 'checks').execute()).toHaveLength(0);
    expect((await loadCheckRules(h.db)).caseReview.minIncidents).toBe(3);
  });

  it('refuses someone who is not an administrator, and an unknown group', async () => {
    const { actor } = await anActor(h.db, POLICE, ['supervisor', 'asb_coordinator']);
    await expect(changeRuleSettings(h.db, 'powers', form('powers', {}), actor)).rejects.toThrow(RuleSettingsForbiddenError);
    await expect(changeRuleSettings(h.db, 'nonsense', {}, admin)).rejects.toThrow(UnknownRuleSettingsError);
  });

  it('lists each group with values in force, defaults when different and the last change, and its history', async () => {
    const groups = await listRuleSettings(h.db);
    expect(groups.map((g) => g.key)).toEqual(['checks', 'case_management', 'powers', 'use_of_powers_report']);
    const review = groups[1]!.settings.find((s) => s.path === 'supervisoryReviewDays');
    expect(review).toMatchObject({ value: '14 days', defaultValue: '28 days', lastChanged: { byName: 'Test User' } });
    const state = await getRuleSettings(h.db, 'case_management');
    expect(state?.revisions.map((r) => r.changes.map((c) => `${c.from} to ${c.to}`))).toEqual([
      ['21 days to 14 days'],
      ['28 days to 21 days'],
    ]);
    expect(await getRuleSettings(h.db, 'nonsense')).toBeNull();
  });

  it('shows the defaults and the refusal when a stored value breaks a rule, and the form replaces it', async () => {
    await h.db
      .insertInto('rule_settings')
      .values({ key: 'powers', value: JSON.stringify({ possessionNoticeMonths: 99 }) })
      .execute();
    const state = await getRuleSettings(h.db, 'powers');
    expect(state?.problem).toBe('The time to give a possession notice after the trigger event must be at most 24 months');
    expect(state?.settings).toEqual(group('powers').defaults);
    const fixed = await changeRuleSettings(h.db, 'powers', form('powers', { possessionNoticeMonths: '6' }), admin);
    expect(fixed).toMatchObject({ ok: true, changed: true });
    expect((await getRuleSettings(h.db, 'powers'))?.problem).toBeNull();
  });
  it('changes the use-of-powers report threshold within its limits', async () => {
    const key = USE_OF_POWERS_SETTINGS_KEY;
    const refused = await changeRuleSettings(h.db, key, form(key, { suppressionThreshold: '0' }), admin);
    expect(refused).toEqual({
      ok: false,
      errors: [{ name: 'suppressionThreshold', message: 'The smallest count shown in the use-of-powers report must be 1 or more' }],
    });
    expect(await changeRuleSettings(h.db, key, form(key, { suppressionThreshold: '3' }), admin)).toMatchObject({ ok: true, changed: true });
    expect(await rows(key)).toEqual([expect.objectContaining({ value: { suppressionThreshold: 3 } })]);
  });
});
