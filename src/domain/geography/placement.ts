/**
 * What Concord stores about a place: derived at write time from a WGS84 point by point-in-
 * polygon against the loaded boundaries (no PostGIS), plus British National Grid coordinates.
 */
export interface Placement {
  /** British National Grid (EPSG:27700), whole metres. */
  easting: number;
  northing: number;
  lsoa11Code: string | null;
  lsoa21Code: string | null;
  wardCode: string | null;
  districtCode: string | null;
  cspCode: string | null;
  npaCode: string | null;
}

/** Places a WGS84 point (degrees). Pure and synchronous once the boundaries are indexed. */
export type Placer = (lat: number, lon: number) => Placement;
