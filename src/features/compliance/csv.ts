/**
 * The compliance CSV: one row per item behind the three figures (a case for risk assessments and
 * supervisory review, a victim on a case for contact), met or not. No personal data: victims are
 * "Victim 1", "Victim 2" in the case's order. Cells that could start a spreadsheet formula are
 * escaped (papaparse `escapeFormulae`).
 */
import Papa from 'papaparse';
import { MEASURE_NAMES, dueStateName } from '../../domain/cases/compliance.js';
import type { ComplianceReport } from '../../services/cases/compliance.js';

export const CSV_FIELDS = ['NPA', 'District', 'Organisation', 'Case reference', 'Measure', 'Subject', 'State', 'Due date', 'Met', 'Detail'];

export function complianceCsv(report: ComplianceReport): string {
  const { figures, areaNames } = report;
  const area = (code: string | null) => (code ? (areaNames.get(code) ?? code) : '');
  const data = [...figures.riskAssessments.items, ...figures.reviews.items, ...figures.contacts.items].map((i) => [
    area(i.case.npaCode),
    area(i.case.districtCode),
    i.case.leadOrganisationName,
    i.case.reference,
    MEASURE_NAMES[i.measure],
    i.subject,
    dueStateName(i.state),
    i.dueOn,
    i.met ? 'Yes' : 'No',
    i.parts.join('; '),
  ]);
  return Papa.unparse({ fields: CSV_FIELDS, data }, { escapeFormulae: true, newline: '\r\n' });
}

/** A file name for the download, e.g. 'compliance-2026-03-13.csv'. */
export function csvFileName(today: string): string {
  return `compliance-${today}.csv`;
}
