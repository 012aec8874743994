/**
 * Seeds about 40 synthetic cases for the demo partnership from its demo incidents (issue 4), so
 * the case pages, work queues and compliance page have something to show: a mix of statuses
 * (a few closed with outcomes), led by the police, Leicester City Council or Charnwood Borough
 * Council (each case's lead officer a demo user with case work there), with the incidents' people,
 * and one of three oversight profiles: kept up to date (risk assessments, supervisory review and
 * victim contact in date), left behind (assessments missing, review overdue, no contact), or
 * partly done. Everything is synthetic: references DEMO-CASE-0001 onwards. Reproducible for a
 * given `now` and demo data (own PRNG stream). Idempotent: nothing is added when demo cases exist.
 * Risk assessments are only seeded for kinds with a published questionnaire (answers chosen from
 * its options and scored by domain/risk/score.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import type { CaseStatus, Database, RiskKind, RiskLevel, Role } from '../../db/schema.js';
import { refreshCaseDue } from '../cases/refresh-case-due.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import {
  anyDemoCase,
  demoCaseIds,
  demoVictimIncidents,
  earlierDemoIncidentIds,
  incidentRowById,
  insertCaseEventRow,
  insertCaseIncidentRows,
  insertCasePartyRows,
  insertCaseRow,
  insertRiskAssessmentRow,
  insertSupervisoryReviewRow,
  insertVictimContactPlanRow,
  insertVictimContactRow,
  riskQuestionnairesNewestFirst,
  setCaseRisk,
} from '../../db/repositories/demo-casework.js';
import { partyRolesOf } from '../../db/repositories/incidents.js';
import { organisationIdsByName } from '../../db/repositories/organisations.js';
import { usersByEmail } from '../../db/repositories/users.js';
import { caseRoleForIncidentRole } from '../../domain/cases/parties.js';
import { CASE_OUTCOMES, VICTIM_VIEWS, outcomeName, statusName } from '../../domain/cases/workflow.js';
import { addCalendarDays, londonDate } from '../../domain/checks/calendar.js';
import { storedQuestionnaire, type RiskQuestionnaire } from '../../domain/risk/questionnaire.js';
import { scoreAssessment } from '../../domain/risk/score.js';
import { seedDemoInterventions } from './demo-interventions.js';
import { demoEmail } from './demo-users.js';
import { createRandom, DEMO_SEED, type Random } from './prng.js';

export const DEMO_CASE_COUNT = 40;
const DAY = 86_400_000;
const POLICE = 'Leicestershire Police';
const CITY = 'Leicester City Council';
const CHARNWOOD = 'Charnwood Borough Council';
const LEADS: Record<string, { officer: Role; reviewer: Role | null }> = {
  [POLICE]: { officer: 'officer', reviewer: 'supervisor' },
  [CITY]: { officer: 'asb_coordinator', reviewer: 'asb_coordinator' },
  [CHARNWOOD]: { officer: 'partner_case_officer', reviewer: null },
};
type Profile = 'kept' | 'behind' | 'partly';
type Trx = Transaction<Database>;

interface Seeding {
  trx: Trx;
  rng: Random;
  now: Date;
  orgIds: Map<string, string>;
  userIds: Map<Role, string>;
  questionnaires: Map<RiskKind, { id: string; definition: RiskQuestionnaire }>;
}

const at = (from: Date, days: number) => new Date(from.getTime() + days * DAY);
const minDate = (a: Date, b: Date) => (a < b ? a : b);

/** @returns how many cases were added (0 when demo cases already exist or there are no demo incidents). */
export async function seedDemoCases(
  db: Kysely<Database>,
  log: (m: string) => void = () => undefined,
  opts: { now?: Date; count?: number } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    if (await anyDemoCase(trx)) return 0;
    const orgs = await organisationIdsByName(trx, Object.keys(LEADS));
    const users = await usersByEmail(
      trx,
      Object.values(LEADS)
        .map((l) => demoEmail(l.officer))
        .concat(demoEmail('supervisor')),
    );
    const userIds = new Map<Role, string>();
    for (const role of ['officer', 'supervisor', 'asb_coordinator', 'partner_case_officer'] as Role[]) {
      const u = users.find((x) => x.email === demoEmail(role));
      if (u) userIds.set(role, u.id);
    }
    const s: Seeding = {
      trx,
      rng: createRandom(DEMO_SEED ^ 0xca5e),
      now,
      orgIds: new Map(orgs.map((o) => [o.name, o.id])),
      userIds,
      questionnaires: await latestQuestionnaires(trx),
    };
    const candidates = await demoVictimIncidents(trx, at(now, -300), at(now, -3));
    // Councils lead cases in their own district: a fifth by the city, a tenth by Charnwood.
    const count = opts.count ?? DEMO_CASE_COUNT;
    const leadFor = (i: number) => (i % 5 === 1 ? CITY : i % 10 === 3 ? CHARNWOOD : POLICE);
    const districtOf: Record<string, string | null> = { [CITY]: 'E06000016', [CHARNWOOD]: 'E07000130', [POLICE]: null };
    const pool = [...candidates];
    const chosen: { inc: (typeof candidates)[number]; leadOrg: string }[] = [];
    for (let i = 0; i < count && pool.length; i++) {
      const leadOrg = leadFor(i);
      const fits = pool.filter((c) => !districtOf[leadOrg] || c.district_code === districtOf[leadOrg]);
      const inc = (fits.length ? fits : pool)[s.rng.int(0, (fits.length ? fits : pool).length - 1)]!;
      pool.splice(pool.indexOf(inc), 1);
      chosen.push({ inc, leadOrg: fits.length ? leadOrg : POLICE });
    }
    chosen.sort((a, b) => a.inc.reference.localeCompare(b.inc.reference));
    for (const [i, { inc, leadOrg }] of chosen.entries()) await seedCase(s, i, inc, leadOrg);
    await refreshCaseDue(trx, await demoCaseIds(trx));
    await writeAudit(trx, null, { action: 'demo.cases_seeded', detail: { cases: chosen.length } });
    if (chosen.length) log(`Demo cases seeded: ${chosen.length} (all synthetic)`);
    await seedDemoInterventions(trx, log, { now });
    return chosen.length;
  });
}

async function latestQuestionnaires(trx: Trx): Promise<Seeding['questionnaires']> {
  const rows = await riskQuestionnairesNewestFirst(trx);
  const out: Seeding['questionnaires'] = new Map();
  for (const r of rows) if (!out.has(r.kind)) out.set(r.kind, { id: r.id, definition: storedQuestionnaire(r.definition) });
  return out;
}

async function seedCase(s: Seeding, index: number, inc: { id: string; reported_at: Date | null; victimId: string }, leadOrg: string) {
  const { trx, rng, now } = s;
  const lead = LEADS[leadOrg]!;
  const officerId = s.userIds.get(lead.officer) ?? null;
  const reviewerId = lead.reviewer ? (s.userIds.get(lead.reviewer) ?? null) : null;
  const openedAt = minDate(at(inc.reported_at ?? at(now, -30), rng.int(1, 4)), at(now, -1));
  const age = (now.getTime() - openedAt.getTime()) / DAY;
  const status: CaseStatus =
    index % 7 === 6 ? 'closed' : age < 10 || rng.chance(0.12) ? 'open' : rng.chance(0.2) ? 'under_review' : 'active';
  const profile: Profile =
    status === 'closed'
      ? 'partly'
      : rng.weighted<Profile>([
          ['kept', 0.4],
          ['behind', 0.35],
          ['partly', 0.25],
        ]);
  const closedAt = status === 'closed' ? minDate(at(openedAt, rng.int(20, 90)), at(now, -1)) : null;
  const outcome = closedAt ? rng.weighted(CASE_OUTCOMES.map((o) => [o.code, o.code === 'resolved' ? 5 : 1] as const)) : null;
  const victimView = closedAt ? rng.pick(VICTIM_VIEWS).code : null;

  const first = await incidentRowById(trx, inc.id);
  const earlier = await earlierDemoIncidentIds(trx, inc.victimId, inc.id, openedAt, 2);
  const incidentIds = [inc.id, ...earlier];
  const c = await insertCaseRow(trx, {
    reference: `DEMO-CASE-${String(index + 1).padStart(4, '0')}`,
    status,
    lead_organisation_id: s.orgIds.get(leadOrg)!,
    lead_officer_id: officerId,
    summary: `[SYNTHETIC] ${first.description?.replace(/^\[SYNTHETIC\]\s*/, '') ?? 'Anti-social behaviour'} Reported more than once; case opened to coordinate the response.`,
    opened_at: openedAt,
    closed_at: closedAt,
    synthetic: true,
    category: first.category,
    incident_type_code: first.incident_type_code,
    child_involved: rng.chance(0.1),
    hate_related: first.hate_related,
    high_risk: false,
    location_text: first.location_text,
    latitude: first.latitude,
    longitude: first.longitude,
    easting: first.easting,
    northing: first.northing,
    lsoa21_code: first.lsoa21_code,
    ward_code: first.ward_code,
    district_code: first.district_code,
    csp_code: first.csp_code,
    npa_code: first.npa_code,
    outcome,
    outcome_notes: closedAt ? 'Synthetic demonstration closure.' : null,
    victim_view: victimView,
    created_by: officerId,
    updated_at: closedAt ?? now,
  });
  const event = (when: Date, kind: string, summary: string) =>
    insertCaseEventRow(trx, {
      case_id: c.id,
      at: when,
      user_id: officerId,
      organisation_id: s.orgIds.get(leadOrg)!,
      kind,
      summary,
      detail: JSON.stringify({ synthetic: true }),
    });

  await insertCaseIncidentRows(
    trx,
    incidentIds.map((id) => ({ case_id: c.id, incident_id: id, linked_at: openedAt, linked_by: officerId })),
  );
  const fromIncidents = await partyRolesOf(trx, incidentIds);
  const parties = new Map<string, { personId: string; role: 'victim' | 'complainant' | 'perpetrator' | 'witness' }>();
  for (const p of fromIncidents) {
    const role = caseRoleForIncidentRole(p.role);
    if (role && role !== 'parent_guardian' && role !== 'professional')
      parties.set(`${p.person_id}|${role}`, { personId: p.person_id, role });
  }
  if (parties.size)
    await insertCasePartyRows(
      trx,
      [...parties.values()].map((p) => ({ case_id: c.id, person_id: p.personId, role: p.role, added_at: openedAt, added_by: officerId })),
    );
  await event(openedAt, 'opened', `Case opened from ${first.reference}`);
  if (status !== 'open') await event(at(openedAt, 1), 'status', `Status changed from open to ${statusName('active').toLowerCase()}`);

  // Oversight, by profile: what a queue and the compliance page will count.
  const lastFor = (days: number) => minDate(at(now, -days), now);
  const subjects: [RiskKind, string | null][] = [
    ['case', null],
    ...[...parties.values()]
      .filter((p) => p.role === 'victim' || p.role === 'perpetrator')
      .map((p) => [p.role, p.personId] as [RiskKind, string]),
  ];
  const assessedAt =
    profile === 'kept' ? (age > 6 ? lastFor(rng.int(1, 5)) : at(openedAt, 0.5)) : profile === 'partly' ? at(openedAt, 1) : null;
  let highest: RiskLevel | null = null;
  if (assessedAt && assessedAt < now) {
    for (const [kind, personId] of subjects) {
      const q = s.questionnaires.get(kind);
      if (!q) continue;
      const answers = Object.fromEntries(
        q.definition.sections
          .flatMap((sec) => sec.questions)
          .map((qq) => {
            // Mostly the least worrying answer, so most cases score standard or medium and a few high.
            const safe = qq.options.filter((o) => !o.high);
            const least = [...qq.options].sort((a, b) => a.score - b.score)[0]!;
            return [qq.id, (rng.chance(0.6) ? least : rng.pick(safe.length ? safe : qq.options)).value];
          }),
      );
      const scored = scoreAssessment(q.definition, answers);
      highest = [highest, scored.level].includes('high') ? 'high' : [highest, scored.level].includes('medium') ? 'medium' : 'standard';
      await insertRiskAssessmentRow(trx, {
        case_id: c.id,
        kind,
        person_id: personId,
        questionnaire_id: q.id,
        answers: JSON.stringify(answers),
        status: 'completed',
        score: scored.score,
        scored_level: scored.level,
        level: scored.level,
        started_by: officerId,
        started_at: assessedAt,
        completed_by: officerId,
        completed_at: assessedAt,
      });
      await event(
        assessedAt,
        'risk_assessment',
        `${kind === 'case' ? 'Case' : kind === 'victim' ? 'Victim' : 'Perpetrator'} risk assessment completed: ${scored.level}`,
      );
    }
  }
  const reviewedAt =
    reviewerId && age > 20 ? (profile === 'kept' ? lastFor(rng.int(3, 20)) : profile === 'partly' ? at(openedAt, 20) : null) : null;
  if (reviewedAt && reviewedAt < (closedAt ?? now)) {
    await insertSupervisoryReviewRow(trx, {
      case_id: c.id,
      reviewed_by: reviewerId!,
      reviewed_at: reviewedAt,
      progress: '[SYNTHETIC] Actions under way; partners engaged.',
      risk_still_right: true,
      actions_agreed: 'Continue the agreed plan and update the victim.',
      next_review_on: addCalendarDays(londonDate(reviewedAt), 28),
    });
    await event(reviewedAt, 'review', 'Supervisory review recorded');
  }
  if (profile === 'kept') {
    for (const v of [...parties.values()].filter((p) => p.role === 'victim')) {
      await insertVictimContactPlanRow(trx, {
        case_id: c.id,
        person_id: v.personId,
        method: 'phone',
        frequency_days: 14,
        agreed_on: londonDate(openedAt),
        created_by: officerId,
        created_at: openedAt,
      });
      const contactedAt = age > 3 ? lastFor(rng.int(1, Math.min(10, Math.floor(age)))) : null;
      if (!contactedAt) continue;
      await insertVictimContactRow(trx, {
        case_id: c.id,
        person_id: v.personId,
        contacted_at: contactedAt,
        method: 'phone',
        outcome: 'made',
        summary: '[SYNTHETIC] Updated the victim on progress.',
        recorded_by: officerId,
      });
      await event(contactedAt, 'contact', 'Victim updated by phone');
    }
  }
  if (status === 'under_review') await event(lastFor(rng.int(1, 3)), 'status', 'Status changed from active to under review');
  if (closedAt) await event(closedAt, 'status', `Case closed: ${outcomeName(outcome!)}`);
  const highRisk = highest === 'high' || rng.chance(0.08);
  if (highest || highRisk) await setCaseRisk(trx, c.id, highest, highRisk);
}
