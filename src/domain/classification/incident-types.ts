/**
 * The starting partner incident-type list (DOMAIN.md §1.3, compiled from [S4][S13]–[S17b]),
 * each mapped to the Met/NSIR-era heading where one exists. This is only version 1: the list
 * is reference data that administrators edit in Concord (every edit is a new revision).
 * "Off-road bikes" is a local sub-type (UNVERIFIED nationally) kept because LLR reports it
 * (action plan §2.9).
 */
export interface IncidentTypeSeed {
  code: string;
  name: string;
  nsirType: string | null;
  description: string;
}

export const INCIDENT_TYPES_V1: readonly IncidentTypeSeed[] = [
  {
    code: 'noise',
    name: 'Noise',
    nsirType: 'Noise',
    description: 'Domestic, commercial or vehicle noise. The statutory nuisance route (EPA 1990) may apply.',
  },
  {
    code: 'neighbour-nuisance',
    name: 'Neighbour dispute or nuisance neighbours',
    nsirType: 'Rowdy/nuisance neighbours',
    description: 'Mediation candidate.',
  },
  {
    code: 'youth-rowdy',
    name: 'Youth-related rowdy or inconsiderate behaviour',
    nsirType: 'Rowdy or inconsiderate behaviour',
    description: 'Child-centred rules apply.',
  },
  { code: 'rowdy-inconsiderate', name: 'Rowdy or inconsiderate behaviour', nsirType: 'Rowdy or inconsiderate behaviour', description: '' },
  {
    code: 'vehicle-nuisance',
    name: 'Vehicle nuisance or inappropriate use',
    nsirType: 'Vehicle nuisance/inappropriate use',
    description: 'Including anti-social driving.',
  },
  {
    code: 'off-road-bikes',
    name: 'Off-road bikes',
    nsirType: 'Vehicle nuisance/inappropriate use',
    description: 'Local sub-type of vehicle nuisance.',
  },
  { code: 'abandoned-vehicle', name: 'Abandoned vehicle (not stolen)', nsirType: 'Abandoned vehicle', description: '' },
  {
    code: 'drugs',
    name: 'Drug use, dealing or paraphernalia',
    nsirType: 'Littering/drug paraphernalia',
    description: 'Dealing is a crime: link the crime record.',
  },
  {
    code: 'fly-tipping',
    name: 'Fly-tipping, littering or dumping rubbish',
    nsirType: 'Littering/drug paraphernalia',
    description: 'Council enforcement.',
  },
  {
    code: 'criminal-damage',
    name: 'Vandalism, graffiti or criminal damage',
    nsirType: null,
    description: 'Criminal damage is a crime; the ASB record is a proxy or link.',
  },
  {
    code: 'street-drinking',
    name: 'Street drinking or alcohol-related',
    nsirType: 'Street drinking',
    description: 'PSPO alcohol controls (ss.62–63 of the 2014 Act).',
  },
  { code: 'begging', name: 'Begging or vagrancy', nsirType: 'Begging/vagrancy', description: '' },
  {
    code: 'intimidation-harassment',
    name: 'Intimidation, harassment, verbal abuse or threats',
    nsirType: null,
    description: 'May meet Protection from Harassment Act thresholds.',
  },
  {
    code: 'hate-related',
    name: 'Hate-related ASB or hate incident',
    nsirType: null,
    description: 'A single hate incident meets the LLR ASB Case Review threshold.',
  },
  { code: 'animal', name: 'Animal or dog problems', nsirType: 'Animal problems', description: '' },
  { code: 'trespass', name: 'Trespass', nsirType: 'Trespass', description: '' },
  {
    code: 'nuisance-communications',
    name: 'Malicious or nuisance communications',
    nsirType: 'Malicious/nuisance communications',
    description: '',
  },
  { code: 'fireworks', name: 'Fireworks', nsirType: 'Fireworks', description: '' },
  { code: 'prostitution', name: 'Prostitution-related activity', nsirType: 'Prostitution related activity', description: '' },
  { code: 'communal-areas', name: 'Misuse of communal areas', nsirType: null, description: 'Landlord.' },
];
