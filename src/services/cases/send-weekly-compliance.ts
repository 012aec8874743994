/**
 * The weekly compliance lists (issue 4: "A scheduled weekly job (and a button) sends each area's
 * lists of missing risk assessments, overdue reviews and overdue contacts to its supervisors by
 * email"; DESIGN.md §4 flow 4). For each organisation, its supervisors are grouped by their area
 * (users.area_code: an NPA or district; none = the whole organisation); each group gets the
 * lists (domain/cases/compliance.ts weeklyLists) of the organisation's open cases in that area,
 * one email per supervisor, subject "Weekly case compliance: <organisation>, <area>, week
 * <ISO week>". Case references only, no personal data. An area with nothing outstanding gets no
 * email, and the result says so.
 *
 * A run is claimed once per (task, period key) in `scheduled_runs` (INSERT … ON CONFLICT DO
 * NOTHING) in the same transaction as the emails it queues: several app instances racing for a
 * week's run queue one set of emails; a run that fails rolls back and is tried again. This is
 * a system job reading every organisation's open cases (not a reader's view: see
 * db/repositories/case-compliance.ts). Sending the queued emails is services/email.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { can, type Actor } from '../../domain/access/roles.js';
import { caseDue } from '../../domain/cases/due.js';
import {
  inArea,
  isoWeekKey,
  outstanding,
  weeklyLists,
  type ComplianceInput,
  type WeeklyLine,
  type WeeklyLists,
} from '../../domain/cases/compliance.js';
import { formatDate, londonDate } from '../../domain/checks/calendar.js';
import { areaNames, supervisors } from '../../db/repositories/case-queues.js';
import { complianceCases } from '../../db/repositories/case-compliance.js';
import { organisationNamesById } from '../../db/repositories/organisations.js';
import { loadCaseFacts } from '../../db/repositories/case-facts.js';
import { writeAudit, type Executor } from '../../db/repositories/audit-log.js';
import { claimScheduledRuns, finishScheduledRuns } from '../../db/repositories/scheduled-runs.js';
import { queueEmail } from '../email/queue-email.js';
import { sendQueuedEmails, type MailSettings } from '../email/send-queued-emails.js';
import { loadCaseSettings } from './settings.js';

export const WEEKLY_TASK = 'weekly_compliance';

export interface WeeklyAreaResult {
  organisation: string;
  area: string;
  outstanding: number;
  emails: number;
  note: string;
}

export interface WeeklyResult {
  periodKey: string;
  weekKey: string;
  emails: number;
  areas: WeeklyAreaResult[];
}

export class NotAllowedToSend extends Error {
  override name = 'NotAllowedToSend';
}

const SECTIONS: [keyof WeeklyLists, string][] = [
  ['missingRiskAssessments', 'Missing risk assessments'],
  ['overdueRiskAssessments', 'Overdue risk assessments'],
  ['overdueReviews', 'Overdue supervisory reviews'],
  ['overdueContacts', 'Overdue victim contacts'],
];

/** The plain-text body of one area's weekly email: case references and what is late, no names. */
export function weeklyEmailText(organisation: string, area: string, weekKey: string, today: string, lists: WeeklyLists): string {
  const section = ([key, heading]: [keyof WeeklyLists, string]) => {
    const lines = lists[key].map((l: WeeklyLine) => `- ${l.reference}: ${l.what}, due ${formatDate(l.dueOn)}`);
    return [`${heading} (${lines.length})`, ...(lines.length ? lines : ['None.'])].join('\n');
  };
  return [
    `Weekly case compliance for ${organisation}, ${area}, week ${weekKey}.`,
    `Lists as at ${formatDate(today)}. Open each case in Concord for the details.`,
    ...SECTIONS.map(section),
    `This email names cases by reference only. You receive it as a supervisor of ${organisation} for ${area}.`,
  ].join('\n\n');
}

/**
 * Builds every area's lists and queues the emails, in the caller's transaction. Only the open
 * cases with something late on `today` by their stored due dates (case_due) are judged: the lists
 * hold nothing else.
 */
export async function queueWeeklyCompliance(
  trx: Executor,
  weekKey: string,
  today: string,
): Promise<Omit<WeeklyResult, 'periodKey' | 'weekKey'>> {
  const [cases, people, names, settings] = await Promise.all([
    complianceCases(trx, {}, { late: { measure: 'any', today } }),
    supervisors(trx),
    areaNames(trx),
    loadCaseSettings(trx),
  ]);
  const facts = await loadCaseFacts(
    trx,
    cases.map((c) => c.id),
  );
  const inputs: ComplianceInput[] = cases.flatMap((c) =>
    facts.has(c.id) ? [{ case: c, due: caseDue(facts.get(c.id)!, settings, today) }] : [],
  );
  const organisations = new Map<string, string>();
  for (const c of cases) organisations.set(c.leadOrganisationId, c.leadOrganisationName);
  const orgNames = await organisationNamesById(trx);
  for (const s of people)
    if (!organisations.has(s.organisationId)) organisations.set(s.organisationId, orgNames.get(s.organisationId) ?? 'Unknown organisation');

  const areas: WeeklyAreaResult[] = [];
  let emails = 0;
  for (const [organisationId, organisation] of [...organisations].sort((a, b) => a[1].localeCompare(b[1]))) {
    const own = inputs.filter((i) => i.case.leadOrganisationId === organisationId);
    const groups = new Map<string | null, string[]>();
    for (const s of people.filter((p) => p.organisationId === organisationId))
      groups.set(s.areaCode, [...(groups.get(s.areaCode) ?? []), s.email]);
    if (!groups.size) {
      const late = outstanding(weeklyLists(own));
      if (late) areas.push({ organisation, area: 'all areas', outstanding: late, emails: 0, note: 'No supervisor to send to' });
      continue;
    }
    for (const [code, to] of groups) {
      const area = code ? (names.get(code) ?? code) : 'all areas';
      const lists = weeklyLists(own.filter((i) => inArea(i.case, code)));
      const late = outstanding(lists);
      if (!late) {
        areas.push({ organisation, area, outstanding: 0, emails: 0, note: 'Nothing outstanding: no email sent' });
        continue;
      }
      const text = weeklyEmailText(organisation, area, weekKey, today, lists);
      for (const address of to) {
        await queueEmail(trx, {
          kind: WEEKLY_TASK,
          to: address,
          subject: `Weekly case compliance: ${organisation}, ${area}, week ${weekKey}`,
          text,
          organisationId,
        });
      }
      emails += to.length;
      areas.push({
        organisation,
        area,
        outstanding: late,
        emails: to.length,
        note: `${to.length} ${to.length === 1 ? 'email' : 'emails'} queued`,
      });
    }
  }
  return { emails, areas };
}

/**
 * Runs the weekly lists for `periodKey` unless that period has already run (returns null then).
 * Writes the run's result to scheduled_runs and an audit record ('compliance.send'; actor null
 * for the scheduled job), all in one transaction with the queued emails.
 */
export async function runWeeklyComplianceOnce(
  db: Kysely<Database>,
  opts: { periodKey: string; today: string; actor?: Actor | null; ip?: string | null },
): Promise<WeeklyResult | null> {
  const weekKey = isoWeekKey(opts.today);
  return db.transaction().execute(async (trx) => {
    const claimed = await claimScheduledRuns(trx, WEEKLY_TASK, [opts.periodKey]);
    if (!claimed.length) return null;
    const run = await queueWeeklyCompliance(trx, weekKey, opts.today);
    const result: WeeklyResult = { periodKey: opts.periodKey, weekKey, ...run };
    await finishScheduledRuns(trx, WEEKLY_TASK, [opts.periodKey], result);
    await writeAudit(trx, opts.actor ?? null, {
      action: 'compliance.send',
      entityType: 'scheduled_run',
      entityId: `${WEEKLY_TASK}:${opts.periodKey}`,
      detail: { emails: run.emails },
      ip: opts.ip ?? null,
    });
    return result;
  });
}

/**
 * The "send now" button: runs the weekly lists at once (period key 'manual-<timestamp>') and
 * sends the queued emails. @throws NotAllowedToSend without 'compliance:send'.
 */
export async function sendWeeklyComplianceNow(
  db: Kysely<Database>,
  actor: Actor,
  mail: MailSettings,
  now: Date,
  ip: string | null,
): Promise<WeeklyResult> {
  if (!can(actor, 'compliance:send')) throw new NotAllowedToSend('Your role may not send the weekly compliance lists');
  const result = await runWeeklyComplianceOnce(db, { periodKey: `manual-${now.toISOString()}`, today: londonDate(now), actor, ip });
  await sendQueuedEmails(db, mail);
  return result ?? { periodKey: `manual-${now.toISOString()}`, weekKey: isoWeekKey(londonDate(now)), emails: 0, areas: [] };
}
