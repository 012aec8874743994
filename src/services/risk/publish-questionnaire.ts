/**
 * Publishes a new version of a risk questionnaire (issue 4: "an administrator can publish a new
 * version; old assessments keep theirs"). The definition is checked by parseQuestionnaire
 * (domain/risk/questionnaire.ts); the version is one more than the newest of the kind. New
 * assessments use the newest version; every assessment already started keeps the
 * questionnaire_id it was started with. Needs 'admin:reference'. Audited
 * ('risk_questionnaire.publish', kind and version only).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { insertQuestionnaire, newestQuestionnaireVersion } from '../../db/repositories/risk-questionnaires.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { isRiskKind, parseQuestionnaire } from '../../domain/risk/questionnaire.js';
import { RiskForbiddenError, RiskNotFoundError } from './errors.js';

/** The definition is not valid JSON or breaks a questionnaire rule: every problem, in GOV.UK wording. */
export class QuestionnaireInvalidError extends Error {
  override name = 'QuestionnaireInvalidError';
  constructor(readonly problems: string[]) {
    super(problems[0] ?? 'The questionnaire is not valid');
  }
}

/**
 * @param definitionJson the definition as JSON text (what the administrator typed).
 * @returns the new version's id and number.
 * @throws RiskForbiddenError without 'admin:reference'; RiskNotFoundError for an unknown kind;
 *   QuestionnaireInvalidError listing the problems.
 */
export async function publishQuestionnaire(
  db: Kysely<Database>,
  actor: Actor,
  kind: string,
  definitionJson: string,
  ip: string | null = null,
): Promise<{ id: string; version: number }> {
  if (!can(actor, 'admin:reference')) throw new RiskForbiddenError('Your role does not allow publishing questionnaires');
  if (!isRiskKind(kind)) throw new RiskNotFoundError('No such kind of risk questionnaire');
  let input: unknown;
  try {
    input = JSON.parse(definitionJson);
  } catch {
    throw new QuestionnaireInvalidError(['Enter the questionnaire as valid JSON (check for missing commas, quotes or brackets)']);
  }
  const parsed = parseQuestionnaire(input);
  if (!parsed.ok) throw new QuestionnaireInvalidError(parsed.errors);
  return db.transaction().execute(async (trx) => {
    const version = (await newestQuestionnaireVersion(trx, kind)) + 1;
    const id = await insertQuestionnaire(trx, { kind, version, definition: parsed.value, publishedBy: actor.userId });
    await writeAudit(trx, actor, {
      action: 'risk_questionnaire.publish',
      entityType: 'risk_questionnaire',
      entityId: id,
      detail: { kind, version },
      ip,
    });
    return { id, version };
  });
}
