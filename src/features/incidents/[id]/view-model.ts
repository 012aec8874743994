/** The incident page's summary-list rows, in the words staff use. */
import { statusName, statusTag } from '../../../domain/cases/workflow.js';
import type { IncidentCase, IncidentParty, IncidentRecord } from '../../../services/incidents/view-incident-and-cases.js';

const SOURCES: Record<IncidentRecord['source'], string> = {
  'police.uk': 'police.uk open data',
  staff: 'Recorded by staff',
  public: 'Reported by the public',
  api: 'Sent by another system',
  demo: 'Synthetic demonstration data',
};

const PARTY_ROLES: Record<IncidentParty['role'], string> = {
  victim: 'Victim',
  complainant: 'Complainant',
  witness: 'Witness',
  perpetrator: 'Alleged perpetrator',
  subject: 'Subject',
};

/** 'March 2026' for '2026-03-01'. */
export function monthName(ymd: string): string {
  const [y, m] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The label for a party's role on an incident. */
export function partyRole(role: IncidentParty['role']): string {
  return PARTY_ROLES[role];
}

const named = (name: string | null, code: string | null) => (code ? (name ? `${name} (${code})` : code) : null);

/** Summary-list rows for the incident; missing values read "Not recorded". */
export function incidentRows(i: IncidentRecord) {
  const lsoa = [i.lsoa11Code && `2011: ${i.lsoa11Code}`, i.lsoa21Code && `2021: ${i.lsoa21Code}`].filter(Boolean).join(', ');
  const rows: [string, string | null][] = [
    ['Reference', i.reference],
    ['Source', SOURCES[i.source]],
    ['Month it happened', monthName(i.month)],
    ['Category', i.categoryName],
    ['Incident type', i.typeName],
    ['Hate-related', i.hateRelated ? 'Yes' : 'No'],
    ['Location', i.locationText],
    ['District', named(i.districtName, i.districtCode)],
    ['Ward', named(i.wardName, i.wardCode)],
    ['LSOA', lsoa || null],
    ['Description', i.description],
  ];
  return rows.map(([key, value]) => ({ key: { text: key }, value: { text: value ?? 'Not recorded' } }));
}

/** The cases the incident is in, as rows for the "Cases" table. */
export function incidentCases(cases: readonly IncidentCase[]) {
  return cases.map((c) => ({
    href: `/cases/${c.id}`,
    reference: c.reference,
    status: statusName(c.status),
    statusTag: statusTag(c.status),
    lead: [c.leadOrganisationName, c.leadOfficerName].filter(Boolean).join(', '),
  }));
}
