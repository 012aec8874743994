/**
 * The Actions tab's view model (issue 5): per perpetrator, what has been tried on the Incremental
 * Approach ladder (domain/powers/ladder.ts), the suggested next step with a "Record …" link and,
 * for a subject under 18, the child-centred prompts (domain/powers/child-centred.ts); premises,
 * area and organisation measures separately; and every intervention on the case with its outcome
 * and next deadline (domain/powers/deadlines.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import { can, type Actor } from '../../../../domain/access/roles.js';
import { formatDate, londonDate } from '../../../../domain/checks/calendar.js';
import { isOpenCase } from '../../../../domain/cases/workflow.js';
import { ageOn, deadlinesFor } from '../../../../domain/powers/deadlines.js';
import { childCentredPrompts, ladderPosition } from '../../../../domain/powers/ladder.js';
import type { PowersSettings } from '../../../../domain/powers/types.js';
import type { CaseHeader } from '../../../../services/cases/case-header.js';
import { viewCaseActions, type CaseIntervention } from '../../../../services/powers/case-actions.js';
import { deadlineWhen, inSentence, nextDeadline, outcomeTag } from './presenters.js';

const YOUTH_COURT_TYPES = ['civil_injunction', 'cbo'];

function interventionRow(caseId: string, i: CaseIntervention, settings: PowersSettings, today: string, now: Date) {
  const next = nextDeadline(deadlinesFor({ ...i, subjectDateOfBirth: i.subjectDateOfBirth }, settings), today, now);
  return {
    type: i.typeName,
    href: `/cases/${caseId}/actions/${i.id}`,
    against: i.subjectName,
    issued: formatDate(i.issuedOn),
    outcome: outcomeTag(i.outcome),
    breaches: i.breaches.length,
    nextDeadline: next ? `${next.label}: ${deadlineWhen(next)}` : 'None',
  };
}

/** Everything the Actions tab shows. */
export async function actionsPage(db: Kysely<Database>, actor: Actor, caseHeader: CaseHeader, now: Date) {
  const today = londonDate(now);
  const { interventions, parties, types, settings, histories } = await viewCaseActions(db, actor, caseHeader.id);
  const canRecord = can(actor, 'cases:work') && isOpenCase(caseHeader.status);
  const recordHref = (code: string, personId?: string) =>
    `/cases/${caseHeader.id}/actions/new?type=${encodeURIComponent(code)}${personId ? `&person=${personId}` : ''}`;
  const hasParentOrGuardian = parties.some((p) => p.role === 'parent_guardian');
  const active = new Set(types.filter((t) => t.active).map((t) => t.code));

  const subjects = parties
    .filter((p) => p.role === 'perpetrator')
    .map((p) => {
      const history = histories.get(p.personId) ?? [];
      const age = p.dateOfBirth ? ageOn(p.dateOfBirth, today) : null;
      const position = ladderPosition(history, types, p.personId, age);
      const mine = interventions.filter((i) => i.personId === p.personId);
      const court = [...mine].reverse().find((i) => YOUTH_COURT_TYPES.includes(i.typeCode));
      const nextCodes = position.suggestedNext?.types.map((t) => t.code) ?? [];
      const prompts = childCentredPrompts(age, {
        hasParentOrGuardian,
        typeCode: court?.typeCode ?? nextCodes.find((c) => YOUTH_COURT_TYPES.includes(c)) ?? null,
        youthJusticeConsultedOn: court?.youthJusticeConsultedOn ?? null,
        youthJusticeViews: court?.youthJusticeViews ?? null,
        firstTimeEntrant: [...mine].reverse().find((i) => i.firstTimeEntrant !== null)?.firstTimeEntrant ?? null,
      });
      const link = (t: { code: string; name: string }) => ({
        text: `Record ${inSentence(t.name)}`,
        href: recordHref(t.code, p.personId),
      });
      return {
        name: `${p.forename} ${p.surname}`,
        age: age === null ? 'Age not known' : `Aged ${age}`,
        under18: age !== null && age < 18,
        rungs: position.rungs.map((r) => ({
          tier: `Step ${r.tier}`,
          types: r.types.map((t) => t.name).join(', '),
          tried: r.tried.length
            ? r.tried.map((t) => `${t.typeName}, ${formatDate(t.issuedOn)}: ${outcomeTag(t.outcome).text.toLowerCase()}`).join('; ')
            : 'Not tried',
        })),
        suggestedNext: position.suggestedNext
          ? {
              tier: `Step ${position.suggestedNext.tier}`,
              links: canRecord ? position.suggestedNext.types.filter((t) => active.has(t.code)).map(link) : [],
              names: position.suggestedNext.types.map((t) => t.name).join(', '),
            }
          : null,
        diversion: canRecord ? position.diversionFirst.filter((t) => active.has(t.code)).map(link) : [],
        prompts,
      };
    });

  const onPeople = interventions.filter((i) => i.subjectKind === 'person');
  const measures = interventions.filter((i) => i.subjectKind !== 'person');
  return {
    canRecord,
    newHref: `/cases/${caseHeader.id}/actions/new`,
    peopleHref: `/cases/${caseHeader.id}/people`,
    subjects,
    interventions: onPeople.map((i) => interventionRow(caseHeader.id, i, settings, today, now)),
    measures: measures.map((i) => interventionRow(caseHeader.id, i, settings, today, now)),
  };
}
