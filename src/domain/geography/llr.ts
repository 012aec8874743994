/**
 * The LLR partnership's areas: local authority districts with their GSS codes (data/SOURCES.md
 * §3), Community Safety Partnerships and neighbourhood policing areas.
 *
 * LOCAL / UNVERIFIED: the action plan (§2.39) says there are seven CSPs but not which districts
 * each covers, and (§2.14–2.15) names NPAs without their boundaries. The default groupings
 * below are configuration (editable in the database, `npa_mappings` and `districts.csp_code`),
 * not rules: Leicester and Rutland as their own CSPs, and the county's seven districts in five.
 * NPAs follow the police.uk neighbourhood prefixes (NC/NE/NS/NW Leicester, NH Blaby and
 * Hinckley, NL Charnwood, NN North West Leicestershire, NR Melton and Rutland, NA Harborough
 * and Oadby and Wigston).
 */
export interface DistrictSeed {
  code: string;
  name: string;
  kind: 'unitary' | 'district';
  utlaCode: string;
  cspCode: string;
  npaCode: string;
}

export const LEICESTERSHIRE_COUNTY = 'E10000018';

export const CSPS: readonly { code: string; name: string }[] = [
  { code: 'leicester', name: 'Safer Leicester Partnership' },
  { code: 'rutland', name: 'Safer Rutland Partnership' },
  { code: 'charnwood', name: 'Charnwood Community Safety Partnership' },
  { code: 'hinckley-blaby', name: 'Blaby and Hinckley and Bosworth Community Safety Partnership' },
  { code: 'melton', name: 'Melton Community Safety Partnership' },
  { code: 'north-west-leicestershire', name: 'North West Leicestershire Community Safety Partnership' },
  { code: 'south-leicestershire', name: 'Harborough and Oadby and Wigston Community Safety Partnership' },
];

export const NPAS: readonly { code: string; name: string }[] = [
  { code: 'leicester-central', name: 'Central Leicester' },
  { code: 'leicester-east', name: 'East Leicester' },
  { code: 'leicester-south', name: 'South Leicester' },
  { code: 'leicester-west', name: 'West Leicester' },
  { code: 'hinckley-blaby', name: 'Hinckley and Blaby' },
  { code: 'charnwood', name: 'Charnwood' },
  { code: 'north-west-leicestershire', name: 'North West Leicestershire' },
  { code: 'melton-rutland', name: 'Melton and Rutland' },
  { code: 'south-leicestershire', name: 'Harborough and Oadby and Wigston' },
];

/** Police.uk neighbourhood id prefix → NPA code (see module note). */
export const NEIGHBOURHOOD_PREFIX_NPA: Record<string, string> = {
  NC: 'leicester-central',
  NE: 'leicester-east',
  NS: 'leicester-south',
  NW: 'leicester-west',
  NH: 'hinckley-blaby',
  NL: 'charnwood',
  NN: 'north-west-leicestershire',
  NR: 'melton-rutland',
  NA: 'south-leicestershire',
};

export const LLR_DISTRICTS: readonly DistrictSeed[] = [
  { code: 'E06000016', name: 'Leicester', kind: 'unitary', utlaCode: 'E06000016', cspCode: 'leicester', npaCode: 'leicester-central' },
  { code: 'E06000017', name: 'Rutland', kind: 'unitary', utlaCode: 'E06000017', cspCode: 'rutland', npaCode: 'melton-rutland' },
  {
    code: 'E07000129',
    name: 'Blaby',
    kind: 'district',
    utlaCode: LEICESTERSHIRE_COUNTY,
    cspCode: 'hinckley-blaby',
    npaCode: 'hinckley-blaby',
  },
  { code: 'E07000130', name: 'Charnwood', kind: 'district', utlaCode: LEICESTERSHIRE_COUNTY, cspCode: 'charnwood', npaCode: 'charnwood' },
  {
    code: 'E07000131',
    name: 'Harborough',
    kind: 'district',
    utlaCode: LEICESTERSHIRE_COUNTY,
    cspCode: 'south-leicestershire',
    npaCode: 'south-leicestershire',
  },
  {
    code: 'E07000132',
    name: 'Hinckley and Bosworth',
    kind: 'district',
    utlaCode: LEICESTERSHIRE_COUNTY,
    cspCode: 'hinckley-blaby',
    npaCode: 'hinckley-blaby',
  },
  { code: 'E07000133', name: 'Melton', kind: 'district', utlaCode: LEICESTERSHIRE_COUNTY, cspCode: 'melton', npaCode: 'melton-rutland' },
  {
    code: 'E07000134',
    name: 'North West Leicestershire',
    kind: 'district',
    utlaCode: LEICESTERSHIRE_COUNTY,
    cspCode: 'north-west-leicestershire',
    npaCode: 'north-west-leicestershire',
  },
  {
    code: 'E07000135',
    name: 'Oadby and Wigston',
    kind: 'district',
    utlaCode: LEICESTERSHIRE_COUNTY,
    cspCode: 'south-leicestershire',
    npaCode: 'south-leicestershire',
  },
];

/** The partnership's organisations (issue 2 §3). */
export const LLR_ORGANISATIONS: readonly {
  name: string;
  kind: 'police' | 'local_authority' | 'housing_provider' | 'victim_service' | 'youth_justice';
  districtCode: string | null;
}[] = [
  { name: 'Leicestershire Police', kind: 'police', districtCode: null },
  { name: 'Leicester City Council', kind: 'local_authority', districtCode: 'E06000016' },
  { name: 'Leicestershire County Council', kind: 'local_authority', districtCode: null },
  { name: 'Rutland County Council', kind: 'local_authority', districtCode: 'E06000017' },
  { name: 'Blaby District Council', kind: 'local_authority', districtCode: 'E07000129' },
  { name: 'Charnwood Borough Council', kind: 'local_authority', districtCode: 'E07000130' },
  { name: 'Harborough District Council', kind: 'local_authority', districtCode: 'E07000131' },
  { name: 'Hinckley and Bosworth Borough Council', kind: 'local_authority', districtCode: 'E07000132' },
  { name: 'Melton Borough Council', kind: 'local_authority', districtCode: 'E07000133' },
  { name: 'North West Leicestershire District Council', kind: 'local_authority', districtCode: 'E07000134' },
  { name: 'Oadby and Wigston Borough Council', kind: 'local_authority', districtCode: 'E07000135' },
  { name: 'Leicester City Council Housing', kind: 'housing_provider', districtCode: 'E06000016' },
  { name: 'Victim First', kind: 'victim_service', districtCode: null },
  { name: 'Leicestershire Youth Justice Service', kind: 'youth_justice', districtCode: null },
];
