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
import { referralsOnCase } from '../../db/repositories/referrals.js';
import { assessmentsOnCase } from '../../db/repositories/risk-assessments.js';
import { riskSubjectsOnCase } from '../../db/repositories/risk-cases.js';
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
    riskSubjectsOnCase(db, id),
    assessmentsOnCase(db, id),
    referralsOnCase(db, id),
  ]);
  const caseFacts = facts.get(id)!;
  const dues = caseDue(caseFacts, settings, londonDate(now)).riskAssessments;
  const name = (r: { forename: string | null; surname: string | null }) => (r.forename === null ? null : `${r.forename} ${r.surname}`);

  const history: CompletedRow[] = assessments
    .filter((a) => a.status === 'completed' && a.completedAt && a.level)
    .map((a) => ({
      id: a.id,
      kind: a.kind,
      personName: name(a),
      score: a.score,
      scoredLevel: a.scoredLevel,
      level: a.level!,
      overridden: a.overrideLevel !== null,
      completedAt: new Date(a.completedAt!),
      completedByName: a.completedByName,
      questionnaireVersion: a.questionnaireVersion,
    }));
  const seen = new Set<string>();
  const people = parties.filter((p) => !seen.has(`${p.role}:${p.personId}`) && seen.add(`${p.role}:${p.personId}`));
  const subjectsIn: { kind: RiskKind; personId: string | null; personName: string | null }[] = [
    { kind: 'case', personId: null, personName: null },
    ...(['victim', 'perpetrator'] as const).flatMap((role) =>
      people.filter((p) => p.role === role).map((p) => ({ kind: role, personId: p.personId, personName: name(p) })),
    ),
  ];
  const subjects = subjectsIn.map((s): RiskSubject => {
    const key = subjectKey(s.kind, s.personId);
    const mine = assessments.filter((a) => subjectKey(a.kind, a.personId) === key);
    const latest = history.find((h) => mine.some((m) => m.id === h.id));
    const open = mine.find((a) => a.status === 'in_progress');
    return {
      ...s,
      due: dues.find((d) => subjectKey(d.kind, d.personId) === key) ?? null,
      latest: latest ? { id: latest.id, level: latest.level, score: latest.score, completedAt: latest.completedAt } : null,
      inProgress: open ? { id: open.id, startedAt: open.startedAt } : null,
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
      notes: r.consentNotes,
      referredAt: r.referredAt,
      referredByName: r.referredByName,
    })),
  };
}
