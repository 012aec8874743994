import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { DEFAULT_CHECK_RULES } from '../../domain/checks/types.js';
import { CALL_HANDLING_QUESTIONNAIRE_V1 } from '../../domain/report/call-handling-questions.js';
import { createTestDb } from '../../../test/db.js';
import { ensureReferenceData } from '../reference/ensure-reference-data.js';
import { currentQuestionnaire } from './call-handling-questions.js';
import { loadCheckRules } from './rules.js';

describe('report configuration', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());

  it('seeds version 1 of the call-handling questions once, however often reference data is loaded', async () => {
    await ensureReferenceData(h.db);
    await ensureReferenceData(h.db);
    const rows = await h.db.selectFrom('call_handling_questionnaires').select('version').execute();
    expect(rows.map((r) => Number(r.version))).toEqual([1]);
    const q = await currentQuestionnaire(h.db);
    expect(q).toEqual(CALL_HANDLING_QUESTIONNAIRE_V1);
    expect(q.questions.map((x) => x.code)).toEqual([
      'happenedBefore',
      'vulnerabilityFactors',
      'hateRelated',
      'immediateDanger',
      'callerWants',
    ]);
  });

  it('uses the newest questionnaire version', async () => {
    const questions = [{ code: 'happenedBefore', kind: 'yes-no', text: 'Has this happened before?' }];
    await h.db
      .insertInto('call_handling_questionnaires')
      .values({ version: 2, questions: JSON.stringify(questions) })
      .execute();
    expect(await currentQuestionnaire(h.db)).toEqual({ version: 2, questions });
    await h.db.deleteFrom('call_handling_questionnaires').where('version', '=', 2).execute();
  });

  it('uses the default check rules until the partnership sets its own, then the newest setting', async () => {
    expect(await loadCheckRules(h.db)).toEqual(DEFAULT_CHECK_RULES);
    await h.db
      .insertInto('rule_settings')
      .values({ key: 'checks', value: JSON.stringify({ repeatLocation: { radiusMetres: 200 } }) })
      .execute();
    await h.db
      .insertInto('rule_settings')
      .values({ key: 'checks', value: JSON.stringify({ repeatLocation: { radiusMetres: 150 } }) })
      .execute();
    await h.db
      .insertInto('rule_settings')
      .values({ scope: 'E06000016', key: 'checks', value: JSON.stringify({ repeatLocation: { radiusMetres: 999 } }) })
      .execute();
    const rules = await loadCheckRules(h.db);
    expect(rules.repeatLocation).toEqual({ ...DEFAULT_CHECK_RULES.repeatLocation, radiusMetres: 150 });
    expect(rules.caseReview).toEqual(DEFAULT_CHECK_RULES.caseReview);
  });
});
