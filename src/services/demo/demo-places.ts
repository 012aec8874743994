/**
 * Where synthetic demo incidents happen: each LLR district weighted by its share of police.uk
 * ASB (shared/data/SOURCES.md §1, run A: Leicester 15,425, Charnwood 5,697, …, Rutland 425),
 * and a few town or neighbourhood centres per district (approximate public coordinates,
 * WGS84 degrees) that points are scattered around.
 */
import type { Random } from './prng.js';

export interface DemoCentre {
  /** Place name used in the location text. */
  name: string;
  lat: number;
  lon: number;
  /** Relative weight within the district. */
  weight: number;
}

export interface DemoDistrict {
  code: string;
  /** Police.uk ASB rows, 2019-12 to 2022-10 (SOURCES.md §1). */
  asbRows: number;
  /** Standard deviation of the scatter around a centre, metres. */
  spreadMetres: number;
  centres: readonly DemoCentre[];
}

const c = (name: string, lat: number, lon: number, weight = 1): DemoCentre => ({ name, lat, lon, weight });

export const DEMO_DISTRICTS: readonly DemoDistrict[] = [
  { code: 'E06000016', asbRows: 15_425, spreadMetres: 450, centres: [
    c('City Centre', 52.6369, -1.1398, 4), c('Beaumont Leys', 52.6655, -1.1612, 2), c('Braunstone', 52.6262, -1.1834, 2),
    c('New Parks', 52.6436, -1.1833, 1.5), c('Belgrave', 52.6556, -1.1237, 1.5), c('Highfields', 52.6300, -1.1190, 1.5),
    c('Westcotes', 52.6290, -1.1560, 1), c('Eyres Monsell', 52.6008, -1.1436, 1), c('Hamilton', 52.6590, -1.0850, 1),
    c('Saffron', 52.6110, -1.1380, 1) ] },
  { code: 'E07000130', asbRows: 5_697, spreadMetres: 500, centres: [
    c('Loughborough', 52.7721, -1.2062, 5), c('Shepshed', 52.7700, -1.2940, 1.5), c('Syston', 52.6990, -1.0780, 1.2),
    c('Birstall', 52.6760, -1.1210, 1), c('Anstey', 52.6725, -1.1915, 0.8), c('Sileby', 52.7310, -1.1100, 0.8) ] },
  { code: 'E07000134', asbRows: 2_743, spreadMetres: 500, centres: [
    c('Coalville', 52.7230, -1.3700, 3), c('Ashby-de-la-Zouch', 52.7460, -1.4760, 1.5), c('Whitwick', 52.7420, -1.3560, 1.2),
    c('Ibstock', 52.6880, -1.4010, 1), c('Castle Donington', 52.8430, -1.3390, 0.8), c('Measham', 52.7070, -1.5080, 0.6) ] },
  { code: 'E07000132', asbRows: 2_376, spreadMetres: 500, centres: [
    c('Hinckley', 52.5410, -1.3730, 4), c('Earl Shilton', 52.5770, -1.3150, 1), c('Barwell', 52.5660, -1.3450, 1),
    c('Burbage', 52.5280, -1.3480, 0.8), c('Market Bosworth', 52.6240, -1.4010, 0.6), c('Groby', 52.6630, -1.2280, 0.6) ] },
  { code: 'E07000129', asbRows: 2_295, spreadMetres: 450, centres: [
    c('Fosse Park', 52.5995, -1.1870, 1.5), c('Enderby', 52.5890, -1.2080, 1), c('Narborough', 52.5730, -1.2030, 1),
    c('Blaby', 52.5750, -1.1650, 1), c('Glenfield', 52.6480, -1.2060, 1), c('Countesthorpe', 52.5540, -1.1370, 0.8),
    c('Whetstone', 52.5720, -1.1790, 0.8) ] },
  { code: 'E07000131', asbRows: 1_777, spreadMetres: 500, centres: [
    c('Market Harborough', 52.4770, -0.9210, 3), c('Lutterworth', 52.4560, -1.2000, 1.5), c('Broughton Astley', 52.5280, -1.2260, 1),
    c('Great Glen', 52.5760, -1.0300, 0.5), c('Kibworth', 52.5390, -1.0000, 0.6) ] },
  { code: 'E07000135', asbRows: 1_277, spreadMetres: 400, centres: [
    c('Oadby', 52.6060, -1.0780, 1.5), c('Wigston', 52.5860, -1.1040, 1.5), c('South Wigston', 52.5830, -1.1290, 1) ] },
  { code: 'E07000133', asbRows: 1_260, spreadMetres: 500, centres: [
    c('Melton Mowbray', 52.7650, -0.8860, 5), c('Asfordby', 52.7640, -0.9490, 0.6), c('Bottesford', 52.9440, -0.8010, 0.5) ] },
  { code: 'E06000017', asbRows: 425, spreadMetres: 450, centres: [
    c('Oakham', 52.6700, -0.7270, 3), c('Uppingham', 52.5890, -0.7230, 1.5), c('Ketton', 52.6283, -0.5540, 0.5) ] },
];

/** Plausible spots to name in the location text ("Near <spot>, <place>"). */
const SPOTS = [
  'High Street', 'Market Place', 'Station Road', 'Church Street', 'the recreation ground', 'the bus station',
  'the shopping parade', 'Park Road', 'the community centre', 'the canal towpath', 'Victoria Street', 'the library',
  'Mill Lane', 'the playing fields', 'London Road', 'the car park', 'Queen Street', 'the skate park',
];

export interface DemoPoint {
  districtCode: string;
  lat: number;
  lon: number;
  locationText: string;
}

/** A point scattered (normal, `spreadMetres`) around one of the district's centres. */
export function pointIn(rng: Random, district: DemoDistrict): DemoPoint {
  const centre = rng.weighted(district.centres.map((x) => [x, x.weight] as const));
  return scatter(rng, district.code, centre, district.spreadMetres);
}

/** The centre itself, used when scattered points keep landing outside the district. */
export function centreOf(rng: Random, district: DemoDistrict): DemoPoint {
  return scatter(rng, district.code, district.centres[0]!, 0);
}

function scatter(rng: Random, districtCode: string, centre: DemoCentre, spreadMetres: number): DemoPoint {
  const metresPerDegLat = 111_320;
  const metresPerDegLon = metresPerDegLat * Math.cos((centre.lat * Math.PI) / 180);
  const lat = centre.lat + (rng.normal() * spreadMetres) / metresPerDegLat;
  const lon = centre.lon + (rng.normal() * spreadMetres) / metresPerDegLon;
  return {
    districtCode,
    lat: Math.round(lat * 1e6) / 1e6,
    lon: Math.round(lon * 1e6) / 1e6,
    locationText: `Near ${rng.pick(SPOTS)}, ${centre.name}`,
  };
}
