/**
 * Lead agency suggestion at the point of report: police-led or partner-led (the council or the
 * landlord). Only a suggestion: staff can change it, and every case-managed report is then risk
 * assessed to settle the lead (LLR ASB Action Plan §2.4).
 *
 * Source: LLR ASB Action Plan 2026–2029 §2.3. "Police led ASB typically involves criminality, risk,
 * threat or vulnerability requiring an immediate or investigative response, such as drug-related
 * activity, public disorder and targeted harassment. Local Authority and Partner led ASB typically
 * involves noise complaints, neighbour disputes without harassment, fly-tipping, waste management
 * concerns, housing-related nuisance, or environmental health issues."
 */

export type LeadAgency = 'police' | 'partner';

export interface LeadAgencyInput {
  /** Incident type code (src/domain/classification/incident-types.ts); null when not chosen yet. */
  incidentTypeCode: string | null;
  category: 'personal' | 'nuisance' | 'environmental' | null;
  hateRelated: boolean;
  crimeLinked: boolean;
  childInvolved: boolean;
  /** Any vulnerability known for the victim (the vulnerable check, or this report's answers). */
  vulnerable: boolean;
  immediateDanger: boolean;
}

export interface LeadAgencySuggestion {
  lead: LeadAgency;
  reason: string;
}

/** A type's usual lead, and the words that explain it ("noise", "drug-related activity"). */
export interface TypeLead {
  lead: LeadAgency;
  because: string;
}

export type LeadByType = Readonly<Record<string, TypeLead>>;

/**
 * The starting mapping of INCIDENT_TYPES_V1 codes to a usual lead. LOCAL configuration: the
 * partnership may change it (pass its own table to suggestLeadAgency). Types the action plan names
 * follow §2.3; the others follow who holds the main power (e.g. s.59 Police Reform Act 2002 for
 * vehicle nuisance, council enforcement for fly-tipping and abandoned vehicles, the landlord for
 * communal areas) and are the partnership's to confirm.
 */
export const DEFAULT_LEAD_BY_TYPE: LeadByType = {
  noise: { lead: 'partner', because: 'noise' },
  'neighbour-nuisance': { lead: 'partner', because: 'a neighbour dispute without harassment' },
  'youth-rowdy': { lead: 'police', because: 'public disorder' },
  'rowdy-inconsiderate': { lead: 'police', because: 'public disorder' },
  'vehicle-nuisance': { lead: 'police', because: 'vehicle nuisance (police powers, s.59 Police Reform Act 2002)' },
  'off-road-bikes': { lead: 'police', because: 'off-road bikes (police powers, s.59 Police Reform Act 2002)' },
  'abandoned-vehicle': { lead: 'partner', because: 'an abandoned vehicle (council removal)' },
  drugs: { lead: 'police', because: 'drug-related activity' },
  'fly-tipping': { lead: 'partner', because: 'fly-tipping or waste' },
  'criminal-damage': { lead: 'police', because: 'criminal damage, a crime' },
  'street-drinking': { lead: 'police', because: 'street drinking and public disorder' },
  begging: { lead: 'partner', because: 'begging (council and outreach support)' },
  'intimidation-harassment': { lead: 'police', because: 'targeted harassment or intimidation' },
  'hate-related': { lead: 'police', because: 'a hate incident' },
  animal: { lead: 'partner', because: 'animal or dog problems (council)' },
  trespass: { lead: 'partner', because: 'trespass (the landowner or council)' },
  'nuisance-communications': { lead: 'police', because: 'malicious communications, which may be an offence' },
  fireworks: { lead: 'police', because: 'fireworks misuse' },
  prostitution: { lead: 'police', because: 'prostitution-related activity' },
  'communal-areas': { lead: 'partner', because: 'housing-related nuisance in communal areas (the landlord)' },
};

const CATEGORY_LEAD: Record<'personal' | 'nuisance' | 'environmental', TypeLead> = {
  personal: { lead: 'police', because: 'personal ASB, targeted at a person or group' },
  nuisance: { lead: 'partner', because: 'nuisance ASB, affecting the community' },
  environmental: { lead: 'partner', because: 'environmental ASB (environmental health)' },
};

const SOURCE = '(LLR ASB action plan §2.3)';
const PARTNER = 'Partner-led (the council or the landlord)';

function sentence(lead: LeadAgency, because: string[]): string {
  return `${lead === 'police' ? 'Police-led' : PARTNER}: ${because.join('; ')} ${SOURCE}`;
}

/**
 * Suggests the lead agency.
 *
 * Risk first: immediate danger, a hate incident, a linked crime or a vulnerable victim make it
 * police-led whatever the type ("criminality, risk, threat or vulnerability"). Otherwise the type's
 * usual lead from `leadByType`; for a type not in the table, or no type, the category's
 * (personal → police, as ASB targeted at a person; nuisance and environmental → partner); with
 * neither, partner-led until the risk assessment decides (§2.4). A child involved does not change
 * the lead but adds a reminder of the child-centred rules (DOMAIN.md §8).
 *
 * @param leadByType the partnership's type table; defaults to DEFAULT_LEAD_BY_TYPE.
 * @returns the lead and a reason in plain words naming what decided it.
 */
export function suggestLeadAgency(input: LeadAgencyInput, leadByType: LeadByType = DEFAULT_LEAD_BY_TYPE): LeadAgencySuggestion {
  const risks: string[] = [];
  if (input.immediateDanger) risks.push('someone is in immediate danger');
  if (input.hateRelated) risks.push('it is hate-related');
  if (input.crimeLinked) risks.push('it is linked to a crime');
  if (input.vulnerable) risks.push('the victim is vulnerable');

  const byType =
    input.incidentTypeCode !== null && Object.hasOwn(leadByType, input.incidentTypeCode) ? leadByType[input.incidentTypeCode] : undefined;
  const usual = byType ?? (input.category ? CATEGORY_LEAD[input.category] : undefined);

  let suggestion: LeadAgencySuggestion;
  if (risks.length > 0) {
    const because = usual?.lead === 'police' ? [...risks, usual.because] : risks;
    suggestion = { lead: 'police', reason: sentence('police', because) };
  } else if (usual) {
    suggestion = { lead: usual.lead, reason: sentence(usual.lead, [usual.because]) };
  } else {
    suggestion = {
      lead: 'partner',
      reason: `${PARTNER}: no type or category given and no risk identified; the risk assessment will settle the lead (LLR ASB action plan §2.4)`,
    };
  }
  if (input.childInvolved) suggestion.reason += '. A child is involved: apply the child-centred approach';
  return suggestion;
}
