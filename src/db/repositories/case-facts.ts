/**
 * Loads the facts domain/cases/due.ts judges (CaseFacts) for many cases at once: seven queries
 * in all, whatever the number of cases (the ids go as one array parameter, `= any($1)`, so no
 * list is too long for the bind-parameter limit). Used by refresh-case-due.ts to keep the due
 * projection, and for the few rows a queue or compliance page lists. The caller has already
 * limited `caseIds` to cases the actor may see (case-scope.ts) or is a system job. Timestamps
 * become Europe/London dates here. Parties come in the order they were added, so "Victim 1" is
 * the same victim on every page.
 */
import { sql } from 'kysely';
import type { CaseFacts } from '../../domain/cases/due.js';
import { londonDate } from '../../domain/checks/calendar.js';
import type { Executor } from './audit-log.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** @returns a map from case id to its facts (every id given that exists). */
export async function loadCaseFacts(db: Executor, caseIds: readonly string[]): Promise<Map<string, CaseFacts>> {
  const out = new Map<string, Mutable<CaseFacts>>();
  if (!caseIds.length) return out;
  const ids = sql<string>`any(${[...new Set(caseIds)]}::uuid[])`;
  const [cases, parties, links, assessments, reviews, plans, contacts] = await Promise.all([
    db.selectFrom('cases').select(['id', 'opened_at', 'status']).where('id', '=', ids).execute(),
    db
      .selectFrom('case_parties')
      .select(['case_id', 'person_id', 'role', 'added_at'])
      .where('case_id', '=', ids)
      .where('removed_at', 'is', null)
      .orderBy('added_at')
      .orderBy('person_id')
      .orderBy('role')
      .execute(),
    db.selectFrom('case_incidents').select(['case_id', 'linked_at']).where('case_id', '=', ids).execute(),
    db
      .selectFrom('risk_assessments')
      .select(['case_id', 'kind', 'person_id', 'completed_at', 'level'])
      .where('case_id', '=', ids)
      .where('status', '=', 'completed')
      .execute(),
    db.selectFrom('supervisory_reviews').select(['case_id', 'reviewed_at', 'next_review_on']).where('case_id', '=', ids).execute(),
    db
      .selectFrom('victim_contact_plans')
      .select(['case_id', 'person_id', 'frequency_days', 'agreed_on', 'created_at'])
      .where('case_id', '=', ids)
      .execute(),
    db.selectFrom('victim_contacts').select(['case_id', 'person_id', 'contacted_at', 'outcome']).where('case_id', '=', ids).execute(),
  ]);
  for (const c of cases) {
    out.set(c.id, {
      openedOn: londonDate(c.opened_at),
      closed: c.status === 'closed',
      parties: [],
      incidentLinkedOn: [],
      assessments: [],
      reviews: [],
      contactPlans: [],
      contacts: [],
    });
  }
  const of = (id: string) => out.get(id);
  for (const p of parties) of(p.case_id)?.parties.push({ personId: p.person_id, role: p.role, addedOn: londonDate(p.added_at) });
  for (const l of links) of(l.case_id)?.incidentLinkedOn.push(londonDate(l.linked_at));
  for (const a of assessments) {
    if (a.completed_at && a.level)
      of(a.case_id)?.assessments.push({
        kind: a.kind,
        personId: a.person_id,
        completedOn: londonDate(new Date(a.completed_at)),
        level: a.level,
      });
  }
  for (const r of reviews) of(r.case_id)?.reviews.push({ reviewedOn: londonDate(r.reviewed_at), nextReviewOn: dateText(r.next_review_on) });
  for (const p of plans)
    of(p.case_id)?.contactPlans.push({
      personId: p.person_id,
      frequencyDays: p.frequency_days,
      agreedOn: dateText(p.agreed_on),
      createdAt: p.created_at,
    });
  for (const c of contacts)
    of(c.case_id)?.contacts.push({ personId: c.person_id, contactedOn: londonDate(new Date(c.contacted_at)), outcome: c.outcome });
  return out;
}

/** A `date` column as 'YYYY-MM-DD' (pg may hand back a Date at local midnight, PGlite a string). */
function dateText(v: unknown): string {
  if (v instanceof Date) return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  return String(v).slice(0, 10);
}
