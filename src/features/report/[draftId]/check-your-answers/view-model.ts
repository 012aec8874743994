/**
 * The check-your-answers page's view model: GOV.UK summary lists (one card per page, each with
 * its Change link), the lead agency suggestion with its reason as radios, and the checks panel
 * for everything the report now says.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.js';
import type { Actor } from '../../../../domain/access/roles.js';
import { ASB_CATEGORIES } from '../../../../domain/classification/categories.js';
import { suggestLeadAgency, type LeadAgencySuggestion } from '../../../../domain/lead-agency/suggest-lead-agency.js';
import type { FormErrors } from '../../../../platform/forms.js';
import type { CallHandlingQuestion } from '../../../../services/report/call-handling-questions.js';
import { listReportChoices } from '../../../../services/report/list-report-choices.js';
import type { ReportDraft } from '../../../../services/report-drafts/report-draft.js';
import type { ChecksPanel } from '../../_partials/checks.js';
import { checksForDraft } from '../../_shared/draft-checks.js';
import { stepPath, type Step } from '../../_shared/report-page.js';
import { PARTY_ROLES } from '../what-and-where/parties.js';
import { longDate } from '../who/view-model.js';
import type { ReadReport } from './read-draft.js';

const when = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });
const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long' });
/** A date with its time, or the date alone when no time was given. */
const at = (d: Date, timeGiven: boolean) => (timeGiven ? when.format(d) : `${day.format(d)} (time not known)`);
const ROLE: Record<string, string> = { victim: 'Victim', complainant: 'Complainant', witness: 'Witness' };
const ANSWER: Record<string, string> = { yes: 'Yes', no: 'No', 'not-known': 'Not known', true: 'Yes', false: 'No' };

type Row = { key: { text: string }; value: { text: string } };
const row = (key: string, text: string): Row => ({ key: { text: key }, value: { text } });

function card(title: string, draftId: string, step: Step, rows: Row[], anchor = '') {
  return {
    card: {
      title: { text: title },
      actions: { items: [{ href: `${stepPath(draftId, step)}${anchor}`, text: 'Change', visuallyHiddenText: title.toLowerCase() }] },
    },
    rows,
  };
}

function answerText(q: CallHandlingQuestion, answer: unknown): string {
  if (q.kind === 'factors') {
    const codes = Array.isArray(answer) ? (answer as string[]) : [];
    return codes.length ? codes.map((c) => q.options?.find((o) => o.code === c)?.label ?? c).join(', ') : 'No';
  }
  if (q.kind === 'text') return typeof answer === 'string' && answer ? answer : 'Not given';
  return ANSWER[String(answer)] ?? 'Not given';
}

/** "Dean Loud, Perpetrator (alleged), born 3 March 1980, already known" (or "new person"). */
function partyText(p: ReadReport['what']['parties'][number]): string {
  const role = PARTY_ROLES.find((r) => r.value === p.role)?.text ?? p.role;
  const born = p.dateOfBirth ? `, born ${longDate(p.dateOfBirth)}` : '';
  return `${p.forename} ${p.surname}, ${role}${born}, ${p.personId ? 'matched to a person already known' : 'new person'}`;
}

/** The lead agency the report suggests, from its type, flags and the checks. */
export function leadSuggestion(report: ReadReport, checks: ChecksPanel | null): LeadAgencySuggestion {
  const vulnerable = !!checks?.rows.find((r) => r.id === 'vulnerable')?.met || (report.answers.vulnerabilityFactors ?? []).length > 0;
  return suggestLeadAgency({
    incidentTypeCode: report.what.incidentTypeCode,
    category: report.what.category,
    hateRelated: report.answers.hateRelated === true,
    crimeLinked: report.what.crimeLinked,
    childInvolved: report.what.childInvolved,
    vulnerable,
    immediateDanger: report.answers.immediateDanger === true,
  });
}

/** The checks panel for the whole report. */
export function reportChecks(db: Kysely<Database>, actor: Actor, draft: ReportDraft, report: ReadReport) {
  return checksForDraft(db, actor, draft, { category: report.what.category, occurredFrom: report.what.occurredFrom });
}

/** The page's template context. */
export async function checkAnswersPage(
  db: Kysely<Database>,
  draft: ReportDraft,
  report: ReadReport,
  checks: ChecksPanel | null,
  input: { lead?: unknown; errors?: FormErrors | undefined } = {},
) {
  const { chosen, choice, questionnaire, answers, what } = report;
  const { incidentTypes: types, districts } = await listReportChoices(db);
  const suggestion = leadSuggestion(report, checks);
  const lead = input.lead ?? suggestion.lead;
  const id = draft.id;
  const place = what.place;
  return {
    title: 'Check your answers before saving the report',
    action: stepPath(id, 'check-your-answers'),
    backHref: stepPath(id, 'what-and-where'),
    errors: input.errors,
    checks,
    lists: [
      card('Person reporting', id, 'who', [
        row('Name', `${chosen.forename} ${chosen.surname}`),
        row('Date of birth', longDate(chosen.dateOfBirth) ?? 'Not given'),
        row('Known to', chosen.organisationName ?? 'New person: recorded with this report'),
        row('Their role', ROLE[choice.role] ?? choice.role),
      ]),
      card(
        'Call-handling answers',
        id,
        'questions',
        questionnaire.questions.map((q) => row(q.text, answerText(q, (answers as Record<string, unknown>)[q.code]))),
      ),
      card('What happened', id, 'what-and-where', [
        row('Category', ASB_CATEGORIES.find((c) => c.code === what.category)?.name ?? what.category),
        row('Type of incident', types.find((t) => t.code === what.incidentTypeCode)?.name ?? what.incidentTypeCode),
        row('Happened or started', at(what.occurredFrom, what.timesGiven.from)),
        row('Ended', what.occurredTo ? at(what.occurredTo, what.timesGiven.to) : 'Not given'),
        row('Reported', when.format(what.reportedAt)),
        row('Description', what.description),
      ]),
      card(
        'Where',
        id,
        'what-and-where',
        [
          row('Place', place.label ?? 'No place chosen'),
          row('Address', place.address ?? 'Not given'),
          row('District', districts.find((d) => d.code === place.districtCode)?.name ?? 'From the place chosen'),
        ],
        '#place-heading',
      ),
      card(
        'Other people involved',
        id,
        'what-and-where',
        what.parties.length ? what.parties.map((p, i) => row(`Person ${i + 1}`, partyText(p))) : [row('Other people', 'None')],
      ),
      card('Flags', id, 'what-and-where', [
        row('Linked to a crime', what.crimeLinked ? `Yes, crime reference ${what.crimeReference}` : 'No'),
        row('A child is involved', what.childInvolved ? 'Yes' : 'No'),
        row('Hate-related', answers.hateRelated ? 'Yes' : 'No'),
      ]),
    ],
    suggestion,
    leadItems: [
      {
        value: 'police',
        text: 'Police-led',
        checked: lead === 'police',
        hint: { text: 'Criminality, risk, threat or vulnerability needing an immediate or investigative response' },
      },
      {
        value: 'partner',
        text: 'Partner-led (the council or the landlord)',
        checked: lead === 'partner',
        hint: { text: 'For example noise, neighbour disputes without harassment, fly-tipping, housing nuisance' },
      },
    ],
  };
}
