/**
 * The confirmation page's view model: the reference, the lead agency, the checks as they stand
 * now the report is saved, and the ASB Case Review prompt with its "I have told the caller"
 * form (or when that was recorded).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import type { Actor } from '../../../../domain/access/roles.js';
import { runPointOfReportChecks } from '../../../../services/report/run-checks.js';
import type { RecordedReport } from '../../../../services/report/view-recorded-report.js';
import { caseReviewPrompt, checksPanel } from '../../_partials/checks.js';

const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

/** The checks after this report (history only: the report itself is now saved). */
async function checksAfter(db: Kysely<Database>, actor: Actor, report: RecordedReport, ip: string | null) {
  if (!report.callerPersonId && !report.location) return null;
  const outcome = await runPointOfReportChecks(db, actor, {
    ...(report.callerPersonId ? { personId: report.callerPersonId } : {}),
    ...(report.location ? { location: report.location } : {}),
    perpetratorPersonIds: report.perpetratorIds,
    newReport: false,
    ip,
  });
  const subject = [report.callerPersonId ? 'the caller' : '', report.location ? 'the place' : ''].filter(Boolean).join(' and ');
  return { panel: checksPanel(outcome, `${subject}, including this report`), prompt: caseReviewPrompt(outcome.flags.caseReviewThreshold) };
}

/** The page's template context; `told` after the "I have told the caller" form. */
export async function donePage(db: Kysely<Database>, actor: Actor, report: RecordedReport, opts: { told: boolean; ip: string | null }) {
  const checks = await checksAfter(db, actor, report, opts.ip);
  const lead = report.leadAgency === 'police' ? 'Police-led' : report.leadAgency === 'partner' ? 'Partner-led' : 'Not decided';
  return {
    title: 'Report saved',
    reference: report.reference,
    incidentHref: `/incidents/${report.id}`,
    lead,
    leadReason: report.leadAgencyReason,
    // The Case Review prompt has its own section on this page.
    checks: checks ? { ...checks.panel, caseReview: null } : null,
    caseReview: checks?.prompt
      ? {
          thresholdMet: checks.prompt.thresholdMet,
          text: checks.prompt.text,
          action: `/report/done/${report.id}/case-review-explained`,
          explainedAt: report.caseReviewExplainedAt ? when.format(report.caseReviewExplainedAt) : null,
        }
      : null,
    banner: opts.told ? 'Recorded: you told the caller about their right to ask for an ASB Case Review' : undefined,
  };
}
