import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/db.js';
import { aCaseWith } from '../../../test/case-builders.js';
import type { DbHandle } from '../../db/client.js';
import { aPerson, anActor, POLICE } from '../report/test-support.js';
import { CaseForbiddenError, CaseNotFoundError, CaseRuleError } from '../cases/errors.js';
import { ensureLetterTemplates } from './ensure-letter-templates.js';
import { templateInUse, templateVersions } from './letter-templates.js';
import { produceLetter } from './produce-letter.js';
import { publishLetterTemplate, TemplateFieldsError } from './publish-template.js';

describe('publishing a letter template', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());

  it('seeds version 1 of the six pro formas once', async () => {
    expect(await ensureLetterTemplates(h.db)).toEqual([]);
    expect((await templateVersions(h.db, 'cpn')).map((v) => v.version)).toEqual([1]);
  });

  it('publishes an edit as the next version; letters keep the version they were produced from', async () => {
    const { actor: admin } = await anActor(h.db, POLICE, ['administrator']);
    const { actor: officer } = await anActor(h.db, POLICE, ['officer']);
    const victim = await aPerson(h.db, { surname: 'Victim' });
    const { id: caseId } = await aCaseWith(h.db, { parties: [{ personId: victim, role: 'victim' }] });
    const first = await produceLetter(h.db, officer, caseId, {
      templateCode: 'case_closure_victim',
      personId: victim,
      interventionId: null,
    });
    const v1 = (await templateInUse(h.db, 'case_closure_victim'))!;
    const { version } = await publishLetterTemplate(h.db, admin, 'case_closure_victim', {
      name: v1.name,
      subject: v1.subject,
      body: `${v1.body}\n\nA new closing line.`,
    });
    expect(version).toBe(2);
    expect((await templateInUse(h.db, 'case_closure_victim'))!.body).toContain('A new closing line.');
    const letter = await h.db.selectFrom('letters').select('template_id').where('id', '=', first.letterId).executeTakeFirstOrThrow();
    expect(letter.template_id).toBe(v1.id);
    const audit = await h.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'letter_template.publish')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toEqual({ code: 'case_closure_victim', version: 2 });
  });

  it('refuses unknown merge fields, an unchanged letter, an unknown template, and non-administrators', async () => {
    const { actor: admin } = await anActor(h.db, POLICE, ['administrator']);
    const cpw = (await templateInUse(h.db, 'cpw'))!;
    const err = await publishLetterTemplate(h.db, admin, 'cpw', {
      name: 'x',
      subject: '{{ case.ref }}',
      body: '{{ recipient.nam }}',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TemplateFieldsError);
    expect((err as TemplateFieldsError).problems).toEqual([
      'The template uses a merge field that does not exist: {{ case.ref }}',
      'The template uses a merge field that does not exist: {{ recipient.nam }}',
    ]);
    await expect(publishLetterTemplate(h.db, admin, 'cpw', cpw)).rejects.toBeInstanceOf(CaseRuleError);
    await expect(publishLetterTemplate(h.db, admin, 'nope', cpw)).rejects.toBeInstanceOf(CaseNotFoundError);
    const { actor: officer } = await anActor(h.db, POLICE, ['officer']);
    await expect(publishLetterTemplate(h.db, officer, 'cpw', { ...cpw, body: 'x' })).rejects.toBeInstanceOf(CaseForbiddenError);
  });
});
