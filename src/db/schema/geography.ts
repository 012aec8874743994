/** Kysely table types: LLR geography: districts, CSPs, NPAs, police neighbourhoods, wards and LSOAs. Kept by hand beside the SQL migrations. */

export interface CommunitySafetyPartnershipsTable {
  code: string;
  name: string;
}

export interface Bbox {
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
}

export interface DistrictsTable {
  code: string;
  name: string;
  kind: 'unitary' | 'district';
  utla_code: string;
  csp_code: string | null;
  geometry: string | null;
  min_lon: number | null;
  min_lat: number | null;
  max_lon: number | null;
  max_lat: number | null;
}

export interface NeighbourhoodPolicingAreasTable {
  code: string;
  name: string;
}

export interface NpaMappingsTable {
  area_type: 'district' | 'ward';
  area_code: string;
  npa_code: string;
}

export interface PoliceNeighbourhoodsTable {
  code: string;
  name: string;
  npa_code: string | null;
  geometry: string | null;
}

export interface WardsTable extends Bbox {
  code: string;
  name: string;
  district_code: string;
  geometry: string;
}

export interface LsoasTable extends Bbox {
  code: string;
  vintage: 2011 | 2021;
  name: string;
  district_code: string;
  geometry: string;
}
