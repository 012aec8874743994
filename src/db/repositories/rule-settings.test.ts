import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aUser } from '../../../test/builders.js';
import type { DbHandle } from '../client.js';
import { insertRuleSetting, ruleSettingHistory, ruleSettingValue } from './rule-settings.js';

describe('the rule settings store', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());

  it('has no value for a key never stored', async () => {
    expect(await ruleSettingValue(h.db, 'powers')).toBeNull();
    expect(await ruleSettingHistory(h.db, 'powers')).toEqual([]);
  });

  it('adds a row per change, the newest in force, with the history newest first and who changed it', async () => {
    const user = await aUser(h.db, { roles: ['administrator'], name: 'Ada Admin' });
    const first = await insertRuleSetting(h.db, { key: 'powers', value: { pspoMinAge: 16 }, changedBy: null });
    const second = await insertRuleSetting(h.db, { key: 'powers', value: { pspoMinAge: null }, changedBy: user.id });
    await insertRuleSetting(h.db, { key: 'powers', value: { pspoMinAge: 12 }, changedBy: user.id, scope: 'E06000016' });
    expect(await ruleSettingValue(h.db, 'powers')).toEqual({ pspoMinAge: null });
    expect(await ruleSettingValue(h.db, 'powers', 'E06000016')).toEqual({ pspoMinAge: 12 });
    const history = await ruleSettingHistory(h.db, 'powers');
    expect(history.map((r) => [r.id, r.value, r.changedByName])).toEqual([
      [second, { pspoMinAge: null }, 'Ada Admin'],
      [first, { pspoMinAge: 16 }, null],
    ]);
    expect(history[0]!.changedAt).toBeInstanceOf(Date);
  });
});
