/**
 * WGS84 → British National Grid (OSGB36 / EPSG:27700).
 *
 * Uses proj4 with the OS's published seven-parameter Helmert transformation (OSGB36 datum,
 * Airy 1830 ellipsoid, Transverse Mercator with true origin 49°N 2°W, false origin
 * −100 km N / +400 km E). Ordnance Survey, "A Guide to Coordinate Systems in Great Britain",
 * §6.6 and Annexe C. The Helmert transform is accurate to a few metres across Great Britain
 * (OSTN15 would be sub-metre but needs its grid file), which is finer than police.uk's
 * anonymised snap points and ample for LSOA/ward placement.
 */
import proj4 from 'proj4';

/** EPSG:27700 as a proj4 string, with the standard OSGB36 +towgs84 Helmert parameters. */
export const BRITISH_NATIONAL_GRID =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

const toGrid = proj4('EPSG:4326', BRITISH_NATIONAL_GRID);

/** A British National Grid position in whole metres. */
export interface GridReference {
  easting: number;
  northing: number;
}

/**
 * Converts a WGS84 point to British National Grid.
 * @param lat latitude in decimal degrees (WGS84), e.g. 52.6369
 * @param lon longitude in decimal degrees (WGS84, east positive), e.g. −1.1398
 * @returns easting and northing in metres, rounded to whole metres
 * @throws RangeError when either coordinate is not a finite number
 */
export function toBritishNationalGrid(lat: number, lon: number): GridReference {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
    throw new RangeError(`Not a WGS84 point: latitude ${lat}, longitude ${lon}`);
  }
  const [x, y] = toGrid.forward([lon, lat]);
  return { easting: Math.round(x), northing: Math.round(y) };
}
