/**
 * Seeds about 60 synthetic interventions on the demo cases (issue 5; the plan of steps is in
 * demo-intervention-plan.ts), so the Actions tab, the
 * letters and the use-of-powers report have something to show: steps along the Incremental
 * Approach against each case's first perpetrator (advice, warning letter, support referral, ABC,
 * CPW then CPN after the time to comply, civil injunctions with the youth justice consultation
 * and the youth court for under-18s), a closure notice followed by a closure order heard within
 * 48 hours, and a dispersal authorisation with a direction given under it (DOMAIN.md §2.1–2.3).
 * Recorded by each case's lead organisation and officer, dated between the case opening and its
 * closure (or yesterday), so within the last 12 months; earlier steps that were escalated and
 * some last steps carry a breach.
 *
 * Every intervention is built as an InterventionProposal and checked by checkIntervention with
 * the history seeded before it (and a skip reason where skippedTiers says tiers were jumped, as
 * the recording service asks); any refusal is skipped and counted, so the demo never shows an
 * unlawful record. Each one gets an 'intervention' case event (at its issue time, with its
 * deadlines) as recordIntervention writes; one audit record for the whole seeding (counts only).
 * Dates of birth are the demo people's own (demo-people.ts gives every demo person one).
 * Reproducible for a given `now` and demo data (own PRNG stream). Idempotent: nothing is added
 * when an intervention exists on a demo case.
 */
import type { Executor } from '../../db/repositories/audit-log.js';
import { writeAudit } from '../../db/repositories/audit-log.js';
import { insertCaseEventRow } from '../../db/repositories/demo-casework.js';
import {
  anyDemoIntervention,
  currentPartiesOfCases,
  demoCaseRows,
  insertInterventionBreachRow,
  insertInterventionRow,
  setInterventionOutcome,
} from '../../db/repositories/demo-powers.js';
import { interventionTypes } from '../../db/repositories/interventions.js';
import type { InterventionOutcome } from '../../db/schema.js';
import { addCalendarDays, daysBetween, londonDate } from '../../domain/checks/calendar.js';
import { checkIntervention } from '../../domain/powers/check-intervention.js';
import { skippedTiers } from '../../domain/powers/ladder.js';
import type { InterventionContext, InterventionProposal, InterventionRecord } from '../../domain/powers/types.js';
import { londonDayStart } from '../../domain/time/london.js';
import { deadlineText } from '../powers/record-intervention.js';
import { INTERVENTION_OUTCOMES } from '../powers/record-outcome.js';
import { loadPowersSettings } from '../powers/settings.js';
import { createRandom, DEMO_SEED, type Random } from './prng.js';

import { CONDUCT, HOUR, plan, proposalOf, SKIP, type DemoCase } from './demo-intervention-plan.js';

interface Seeded {
  record: InterventionRecord;
  c: DemoCase;
}

export interface DemoInterventionsResult {
  added: number;
  refused: number;
  breaches: number;
}

async function demoCases(db: Executor, now: Date): Promise<DemoCase[]> {
  const rows = await demoCaseRows(db);
  const parties = await currentPartiesOfCases(
    db,
    rows.map((r) => r.id),
  );
  const yesterday = londonDate(new Date(now.getTime() - 24 * HOUR));
  return rows.map((r) => {
    const perp = parties.find((p) => p.case_id === r.id && p.role === 'perpetrator');
    const closed = r.closed_at ? londonDate(r.closed_at) : null;
    return {
      id: r.id,
      orgId: r.lead_organisation_id,
      officerId: r.lead_officer_id,
      openedOn: londonDate(r.opened_at),
      lastOn: closed && closed < yesterday ? closed : yesterday,
      location: r.location_text,
      police: r.name.includes('Police'),
      personId: perp?.id ?? null,
      name: perp ? `${perp.forename} ${perp.surname}` : '',
      dob: perp?.date_of_birth ?? null,
      hasParent: parties.some((p) => p.case_id === r.id && p.role === 'parent_guardian'),
    };
  });
}

/**
 * @param db a connection or the seeding transaction.
 * @param opts.now the instant the demo is seeded at (default now): the rules' "today".
 * @returns interventions added, proposals refused by the rules (not recorded) and breaches added.
 */
export async function seedDemoInterventions(
  db: Executor,
  log: (m: string) => void = () => undefined,
  opts: { now?: Date } = {},
): Promise<DemoInterventionsResult> {
  const now = opts.now ?? new Date();
  const result: DemoInterventionsResult = { added: 0, refused: 0, breaches: 0 };
  if (await anyDemoIntervention(db)) return result;
  const started = Date.now();
  const rng = createRandom(DEMO_SEED ^ 0x1e7e);
  const types = await interventionTypes(db, { activeOnly: true });
  const names = new Map(types.map((t) => [t.code, t.name]));
  const ctx: Omit<InterventionContext, 'history'> = { today: londonDate(now), now, types, settings: await loadPowersSettings(db) };
  const seeded: Seeded[] = [];
  for (const [c, steps] of plan(rng, await demoCases(db, now))) {
    const conduct = rng.pick(CONDUCT);
    for (const step of steps) {
      const prev = [...seeded].reverse().find((x) => x.c === c && linkFor(step.typeCode) === x.record.typeCode);
      const p = proposalOf(c, { ...step, linkedInterventionId: prev && linkFor(step.typeCode) ? prev.record.id : null }, conduct);
      const history = seeded.map((x) => x.record).filter((h) => h.caseId === c.id || (p.personId !== null && h.personId === p.personId));
      if (skippedTiers(p, history, types).length) p.skipReason = SKIP;
      const checked = checkIntervention(p, { ...ctx, history, subjectHasParentOrGuardian: p.personId ? c.hasParent : null });
      if (checked.refusals.length) {
        result.refused++;
        continue;
      }
      const record = await insert(db, rng, c, p, checked, names.get(p.typeCode) ?? p.typeCode);
      seeded.push({ record, c });
      result.added++;
    }
  }
  result.breaches = await outcomes(db, rng, seeded, names);
  await writeAudit(db, null, { action: 'demo.interventions_seeded', detail: { ...result } });
  if (result.added)
    log(
      `Demo interventions seeded: ${result.added} (${result.refused} refused by the rules, ${result.breaches} breaches) in ${Date.now() - started} ms`,
    );
  return result;
}

/** The type a step must link to (CPN → CPW, closure order → notice, direction → authorisation). */
function linkFor(code: string): string | null {
  return (
    ({ cpn: 'cpw', closure_order: 'closure_notice', dispersal_direction: 'dispersal_authorisation' } as Record<string, string>)[code] ??
    null
  );
}

async function insert(
  db: Executor,
  rng: Random,
  c: DemoCase,
  p: InterventionProposal,
  checked: ReturnType<typeof checkIntervention>,
  typeName: string,
): Promise<InterventionRecord> {
  const id = rng.uuid();
  await insertInterventionRow(db, {
    id,
    case_id: c.id,
    type_code: p.typeCode,
    subject_kind: p.subjectKind,
    person_id: p.personId,
    subject_text: p.subjectText,
    organisation_id: c.orgId,
    officer_id: c.officerId,
    conduct: p.conduct,
    terms: p.terms,
    issued_on: p.issuedOn,
    served_at: p.servedAt,
    starts_on: p.startsOn,
    ends_on: p.endsOn,
    ends_at: p.endsAt,
    compliance_due_on: p.complianceDueOn,
    review_on: p.reviewOn,
    linked_intervention_id: p.linkedInterventionId,
    authorised_by_rank: p.authorisedByRank,
    authorised_in_writing: p.authorisedInWriting,
    grounds: p.grounds,
    court: p.court,
    hearing_at: p.hearingAt,
    youth_justice_consulted_on: p.youthJusticeConsultedOn,
    youth_justice_views: p.youthJusticeViews,
    skip_reason: p.skipReason,
    details: JSON.stringify({ warnings: checked.warnings, synthetic: true }),
    created_by: c.officerId,
    created_at: p.servedAt ?? new Date(londonDayStart(p.issuedOn).getTime() + 11 * HOUR),
  });
  const subject = p.subjectKind === 'person' ? `issued to ${c.name}` : `for ${p.subjectText}`;
  const lines = [...checked.deadlines.map((d) => `${d.label}: ${deadlineText(d)}`), ...checked.warnings.map((w) => `Check: ${w.message}`)];
  await insertCaseEventRow(db, {
    case_id: c.id,
    at: p.servedAt ?? new Date(londonDayStart(p.issuedOn).getTime() + 11 * HOUR),
    user_id: c.officerId,
    organisation_id: c.orgId,
    kind: 'intervention',
    summary: `${typeName} ${subject}`,
    body: lines.length ? lines.join('\n') : null,
    detail: JSON.stringify({
      interventionId: id,
      typeCode: p.typeCode,
      personId: p.personId,
      synthetic: true,
      deadlines: checked.deadlines.map((d) => ({ code: d.code, on: d.on, at: d.at?.toISOString() ?? null })),
    }),
  });
  return {
    id,
    caseId: c.id,
    typeCode: p.typeCode,
    subjectKind: p.subjectKind,
    personId: p.personId,
    subjectText: p.subjectText,
    conduct: p.conduct,
    issuedOn: p.issuedOn,
    servedAt: p.servedAt,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    endsAt: p.endsAt,
    complianceDueOn: p.complianceDueOn,
    linkedInterventionId: p.linkedInterventionId,
    authorisedByRank: p.authorisedByRank,
    authorisedInWriting: p.authorisedInWriting,
    grounds: p.grounds,
    outcome: null,
    outcomeOn: null,
    terms: p.terms,
    subjectDateOfBirth: p.subjectDateOfBirth,
    hearingAt: p.hearingAt,
  };
}

const BREACHABLE = new Set(['warning_letter', 'abc', 'cpw', 'cpn', 'civil_injunction']);

/**
 * Outcomes and breaches: a step followed by a higher one against the same subject was breached
 * (advice and referrals are left without one); a last step 28 days or more old complied, or (a
 * third of the time, when breachable) was breached; dispersal expired or complied; a closure order
 * complied once ended. Each outcome and breach gets its case event, as the services write.
 * @returns the number of breaches added.
 */
async function outcomes(db: Executor, rng: Random, seeded: readonly Seeded[], names: Map<string, string>): Promise<number> {
  let breaches = 0;
  for (const [i, { record: r, c }] of seeded.entries()) {
    const next = seeded
      .slice(i + 1)
      .find(
        (x) => x.c === c && x.record.subjectKind === 'person' && x.record.typeCode !== 'dispersal_direction' && r.subjectKind === 'person',
      );
    const old = daysBetween(r.issuedOn, c.lastOn) >= 28;
    let outcome: InterventionOutcome | null = null;
    let on: string | null = null;
    let breachOn: string | null = null;
    if (next && BREACHABLE.has(r.typeCode)) {
      [outcome, on] = ['breached', next.record.issuedOn];
      breachOn = addCalendarDays(next.record.issuedOn, -1) < r.issuedOn ? r.issuedOn : addCalendarDays(next.record.issuedOn, -1);
    } else if (!next && r.typeCode === 'dispersal_authorisation') [outcome, on] = ['expired', londonDate(r.endsAt!)];
    else if (!next && r.typeCode === 'dispersal_direction') [outcome, on] = ['complied', londonDate(r.endsAt!)];
    else if (!next && r.typeCode === 'closure_order') [outcome, on] = r.endsOn! <= c.lastOn ? ['complied', r.endsOn!] : [null, null];
    else if (!next && old && r.typeCode !== 'closure_notice') {
      outcome = BREACHABLE.has(r.typeCode) && rng.chance(0.35) ? 'breached' : 'complied';
      on = addCalendarDays(r.issuedOn, 28);
      if (outcome === 'breached') breachOn = addCalendarDays(r.issuedOn, rng.int(7, 27));
    }
    if (!outcome || !on) continue;
    const who = r.subjectKind === 'person' ? c.name : r.subjectText;
    const at = (ymd: string) => new Date(londonDayStart(ymd).getTime() + 14 * HOUR);
    const event = (when: string, kind: string, summary: string) =>
      insertCaseEventRow(db, {
        case_id: c.id,
        at: at(when),
        user_id: c.officerId,
        organisation_id: c.orgId,
        kind,
        summary,
        detail: JSON.stringify({ interventionId: r.id, synthetic: true }),
      });
    if (breachOn) {
      await insertInterventionBreachRow(db, {
        intervention_id: r.id,
        breached_on: breachOn,
        details: '[SYNTHETIC] The behaviour was repeated and reported by the victim.',
        action_taken: next ? 'Escalated to the next step.' : 'Further warning given.',
        recorded_by: c.officerId,
        recorded_at: at(breachOn),
      });
      await event(breachOn, 'intervention_breach', `Breach of ${names.get(r.typeCode)} (${who}) recorded`);
      breaches++;
    }
    await setInterventionOutcome(db, r.id, { outcome, on, notes: '[SYNTHETIC] Demonstration outcome.' });
    await event(
      on,
      'intervention_outcome',
      `${names.get(r.typeCode)} (${who}): ${INTERVENTION_OUTCOMES.find((o) => o.code === outcome)?.name.toLowerCase() ?? outcome}`,
    );
  }
  return breaches;
}
