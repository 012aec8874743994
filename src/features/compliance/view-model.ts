/** The compliance page's view model: the filter form, the three figures and the lists behind them. */
import { dueStateName, dueStateTag, type ComplianceItem, type Figure } from '../../domain/cases/compliance.js';
import { formatDate } from '../../domain/checks/calendar.js';
import { withQuery } from '../../platform/pagination.js';
import { COMPLIANCE_LIST_LIMIT, type ComplianceReport } from '../../services/cases/compliance.js';

/** Items listed on the page under each figure; the CSV holds them all. */

interface Options {
  organisations: { id: string; name: string }[] | null;
  districts: { code: string; name: string }[];
  npas: { code: string; name: string }[];
  canSend: boolean;
  sent: string | undefined;
}

function item(report: ComplianceReport, i: ComplianceItem) {
  const openable = report.openable.has(i.case.id);
  return {
    reference: i.case.reference,
    href: openable ? `/cases/${i.case.id}` : null,
    organisation: i.case.leadOrganisationName,
    officer: openable ? (i.case.officerName ?? 'Not assigned') : null,
    subject: i.subject,
    state: { text: dueStateName(i.state), classes: dueStateTag(i.state) },
    dueOn: formatDate(i.dueOn),
    detail: i.parts.join('; '),
  };
}

function figure(report: ComplianceReport, f: Figure, heading: string, unit: string, source: string, id: string) {
  const late = f.items.filter((i) => !i.met);
  return {
    id,
    heading,
    source,
    shown: f.shown,
    counts: f.denominator ? `${f.numerator} of ${f.denominator} ${unit}` : '',
    lateCount: f.notMet,
    items: late.slice(0, COMPLIANCE_LIST_LIMIT).map((i) => item(report, i)),
    more: Math.max(0, f.notMet - Math.min(late.length, COMPLIANCE_LIST_LIMIT)),
  };
}

export function compliancePageModel(report: ComplianceReport, o: Options) {
  const filter = { organisationId: report.organisationId, districtCode: report.districtCode, npaCode: report.npaCode };
  const area = [report.districtCode, report.npaCode]
    .filter((c): c is string => !!c)
    .map((c) => report.areaNames.get(c) ?? c)
    .join(', ');
  return {
    title: 'Case compliance',
    banner: o.sent !== undefined ? `Weekly lists sent: ${o.sent} ${o.sent === '1' ? 'email' : 'emails'}` : undefined,
    heading: `${report.organisationName}${area ? `, ${area}` : ''}`,
    organisationName: report.organisationName,
    organisationItems:
      o.organisations?.map((org) => ({ value: org.id, text: org.name, selected: org.id === report.organisationId })) ?? null,
    districtItems: [
      { value: '', text: 'Any district' },
      ...o.districts.map((d) => ({ value: d.code, text: d.name, selected: d.code === report.districtCode })),
    ],
    npaItems: [
      { value: '', text: 'Any neighbourhood policing area' },
      ...o.npas.map((n) => ({ value: n.code, text: n.name, selected: n.code === report.npaCode })),
    ],
    figures: [
      figure(
        report,
        report.figures.riskAssessments,
        'Risk assessments done and in date',
        'open cases',
        'Case, victim and perpetrator assessments, none missing or overdue (LLR action plan 2b)',
        'risk-assessments',
      ),
      figure(
        report,
        report.figures.reviews,
        'Supervisory reviews in date',
        'open cases',
        'Reviewed at least every 28 days, not overdue (LLR action plan 2c)',
        'reviews',
      ),
      figure(
        report,
        report.figures.contacts,
        'Victim contact on time',
        'victims',
        'Updated as often as agreed with the victim, not overdue (Victims’ Code)',
        'contacts',
      ),
    ],
    csvHref: withQuery('/compliance.csv', filter),
    canSend: o.canSend,
  };
}
