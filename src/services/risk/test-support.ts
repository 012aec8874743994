/**
 * Test support for the risk tests (not used by the app): answers chosen from a questionnaire and
 * a case with a victim and a perpetrator, all synthetic.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RiskQuestionnaire } from '../../domain/risk/questionnaire.js';
import { aCaseWith, type CaseSpec } from '../../../test/case-builders.js';
import { aPerson } from '../report/test-support.js';

/**
 * One answer per question: the lowest-scoring option that is not marked high ('lowest') or the
 * highest-scoring one ('highest'), with `overrides` on top. Only questions of `sectionIds` when given.
 */
export function answersFor(
  definition: RiskQuestionnaire,
  pick: 'lowest' | 'highest',
  overrides: Record<string, string> = {},
  sectionIds?: string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const section of definition.sections) {
    if (sectionIds && !sectionIds.includes(section.id)) continue;
    for (const q of section.questions) {
      const options = [...q.options]
        .filter((o) => pick === 'highest' || !o.high)
        .sort((a, b) => (pick === 'lowest' ? a.score - b.score : b.score - a.score));
      out[q.id] = options[0]!.value;
    }
  }
  return { ...out, ...overrides };
}

/** A case (default: Leicestershire Police, Central Leicester NPA) with one victim and one perpetrator. */
export async function aRiskCase(
  db: Kysely<Database>,
  spec: CaseSpec = {},
): Promise<{ id: string; reference: string; victimId: string; perpetratorId: string }> {
  const victimId = await aPerson(db, { forename: 'Vera', surname: 'Victim' });
  const perpetratorId = await aPerson(db, { forename: 'Percy', surname: 'Perpetrator' });
  const c = await aCaseWith(db, {
    npaCode: 'leicester-central',
    districtCode: 'E06000016',
    ...spec,
    parties: [{ personId: victimId, role: 'victim' }, { personId: perpetratorId, role: 'perpetrator' }, ...(spec.parties ?? [])],
  });
  return { ...c, victimId, perpetratorId };
}
