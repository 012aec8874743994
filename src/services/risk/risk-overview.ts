/**
 * What the case's Risk tab shows (issue 4 "Risk assessments"): for the case and each victim and
 * perpetrator on it, the latest completed assessment and when the next one is due
 * (domain/cases/due.ts, the one rule the queues and compliance figures also use), any
 * assessment in progress, the history of completed assessments, and referrals recorded. Found
 * only when the actor may see the case; the page has already audited the view with viewCase.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import type { RiskKind, RiskLevel } from '../../db/schema.js';
import { visibleCaseId } from '../../db/repositories/case-scope.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import type { Actor } from '../../domain/access/roles.js';
import { londonDate } from '../../domain/checks/calendar.js';
import { caseDue, type RiskAssessmentDue } from '../../domain/cases/due.js';
import { subjectKey } from '../../domain/risk/case-level.js';
import { loadCaseSettings } from '../cases/settings.js';

export interface RiskSubject {
  kind: RiskKind;
  personId: string | null;
  /** 'Forename Surname'; null for the case itself. */
  personName: string | null;
  /** From caseDue; null when the case is closed. */
  due: RiskAssessmentDue | null;
  latest: { id: string; level: RiskLevel; score: number | null; completedAt: Date } | null;
  inProgress: { id: string; startedAt: Date } | null;
}

export interface CompletedRow {
  id: string;
  kind: RiskKind;
  personName: string | null;
  score: number | null;
  scoredLevel: RiskLevel | null;
  level: RiskLevel;
  overridden: boolean;
  completedAt: Date;
  completedByName: string | null;
  questionnaireVersion: number;
}

export interface ReferralRow {
  id: string;
  personName: string;
  service: string;
  consent: 'given' | 'refused' | 'not_asked';
  notes: string | null;
  referredAt: Date;
  referredByName: string | null;
}

export interface RiskOverview {
  closed: boolean;
  subjects: RiskSubject[];
  history: CompletedRow[];
  referrals: ReferralRow[];
}

/** @param now the instant "today" is judged at (Europe/London date). @returns undefined when the case is not visible. */
export async function riskOverview(db: Executor, actor: Actor, caseId: string, now = new Date()): Promise<RiskOverview | undefined> {
  const id = await visibleCaseId(db, actor, caseId);
  if (!id) return undefined;
  const [facts, settings, parties, assessments, referrals] = await Promise.all([
    loadCaseFacts(db, [id]),
    loadCaseSettings(db),
    db
      .selectFrom('case_parties as cp')
      .innerJoin('people as p', 'p.id', 'cp.person_id')
      .select(['cp.person_id', 'cp.role', 'p.forename', 'p.surname', 'cp.added_at'])
      .where('cp.case_id', '=', id)
      .where('cp.removed_at', 'is', null)
      .where('cp.role', 'in', ['victim', 'perpetrator'])
      .orderBy('cp.added_at')
      .orderBy('p.surname')
      .execute(),
    db
      .selectFrom('risk_assessments as ra')
      .innerJoin('risk_questionnaires as rq', 'rq.id', 'ra.questionnaire_id')
      .leftJoin('people as p', 'p.id', 'ra.person_id')
      .leftJoin('users as u', 'u.id', 'ra.completed_by')
      .select([
        'ra.id',
        'ra.kind',
        'ra.person_id',
        'ra.status',
        'ra.score',
        'ra.scored_level',
        'ra.override_level',
        'ra.level',
        'ra.started_at',
        'ra.completed_at',
        'rq.version',
        'p.forename',
        'p.surname',
        'u.name as completed_by_name',
      ])
      .where('ra.case_id', '=', id)
      .orderBy('ra.completed_at', 'desc')
      .orderBy('ra.started_at', 'desc')
      .execute(),
    db
      .selectFrom('referrals as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .leftJoin('users as u', 'u.id', 'r.referred_by')
      .select(['r.id', 'r.service', 'r.consent', 'r.consent_notes', 'r.referred_at', 'p.forename', 'p.surname', 'u.name'])
      .where('r.case_id', '=', id)
      .orderBy('r.referred_at', 'desc')
      .execute(),
  ]);
  const caseFacts = facts.get(id)!;
  const dues = caseDue(caseFacts, settings, londonDate(now)).riskAssessments;
  const name = (r: { forename: string | null; surname: string | null }) => (r.forename === null ? null : `${r.forename} ${r.surname}`);

  const history: CompletedRow[] = assessments
    .filter((a) => a.status === 'completed' && a.completed_at && a.level)
    .map((a) => ({
      id: a.id,
      kind: a.kind,
      personName: name(a),
      score: a.score,
      scoredLevel: a.scored_level,
      level: a.level!,
      overridden: a.override_level !== null,
      completedAt: new Date(a.completed_at!),
      completedByName: a.completed_by_name,
      questionnaireVersion: a.version,
    }));
  const seen = new Set<string>();
  const people = parties.filter((p) => !seen.has(`${p.role}:${p.person_id}`) && seen.add(`${p.role}:${p.person_id}`));
  const subjectsIn: { kind: RiskKind; personId: string | null; personName: string | null }[] = [
    { kind: 'case', personId: null, personName: null },
    ...(['victim', 'perpetrator'] as const).flatMap((role) =>
      people.filter((p) => p.role === role).map((p) => ({ kind: role, personId: p.person_id, personName: name(p) })),
    ),
  ];
  const subjects = subjectsIn.map((s): RiskSubject => {
    const key = subjectKey(s.kind, s.personId);
    const mine = assessments.filter((a) => subjectKey(a.kind, a.person_id) === key);
    const latest = history.find((h) => mine.some((m) => m.id === h.id));
    const open = mine.find((a) => a.status === 'in_progress');
    return {
      ...s,
      due: dues.find((d) => subjectKey(d.kind, d.personId) === key) ?? null,
      latest: latest ? { id: latest.id, level: latest.level, score: latest.score, completedAt: latest.completedAt } : null,
      inProgress: open ? { id: open.id, startedAt: open.started_at } : null,
    };
  });
  return {
    closed: caseFacts.closed,
    subjects,
    history,
    referrals: referrals.map((r) => ({
      id: r.id,
      personName: `${r.forename} ${r.surname}`,
      service: r.service,
      consent: r.consent,
      notes: r.consent_notes,
      referredAt: r.referred_at,
      referredByName: r.name,
    })),
  };
}
