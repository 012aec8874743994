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
  {
    code: 'E06000016',
    asbRows: 15_425,
    spreadMetres: 450,
    centres: [
      c('City Centre', 52.6369, -1.1398, 4),
      c('Beaumont Leys', 52.6655, -1.1612, 2),
      c('Braunstone', 52.6262, -1.1834, 2),
      c('New Parks', 52.6436, -1.1833, 1.5),
      c('Belgrave', 52.6556, -1.1237, 1.5),
      c('Highfields', 52.63, -1.119, 1.5),
      c('Westcotes', 52.629, -1.156, 1),
      c('Eyres Monsell', 52.6008, -1.1436, 1),
      c('Hamilton', 52.659, -1.085, 1),
      c('Saffron', 52.611, -1.138, 1),
    ],
  },
  {
    code: 'E07000130',
    asbRows: 5_697,
    spreadMetres: 500,
    centres: [
      c('Loughborough', 52.7721, -1.2062, 5),
      c('Shepshed', 52.77, -1.294, 1.5),
      c('Syston', 52.699, -1.078, 1.2),
      c('Birstall', 52.676, -1.121, 1),
      c('Anstey', 52.6725, -1.1915, 0.8),
      c('Sileby', 52.731, -1.11, 0.8),
    ],
  },
  {
    code: 'E07000134',
    asbRows: 2_743,
    spreadMetres: 500,
    centres: [
      c('Coalville', 52.723, -1.37, 3),
      c('Ashby-de-la-Zouch', 52.746, -1.476, 1.5),
      c('Whitwick', 52.742, -1.356, 1.2),
      c('Ibstock', 52.688, -1.401, 1),
      c('Castle Donington', 52.843, -1.339, 0.8),
      c('Measham', 52.707, -1.508, 0.6),
    ],
  },
  {
    code: 'E07000132',
    asbRows: 2_376,
    spreadMetres: 500,
    centres: [
      c('Hinckley', 52.541, -1.373, 4),
      c('Earl Shilton', 52.577, -1.315, 1),
      c('Barwell', 52.566, -1.345, 1),
      c('Burbage', 52.528, -1.348, 0.8),
      c('Market Bosworth', 52.624, -1.401, 0.6),
      c('Groby', 52.663, -1.228, 0.6),
    ],
  },
  {
    code: 'E07000129',
    asbRows: 2_295,
    spreadMetres: 450,
    centres: [
      c('Fosse Park', 52.5995, -1.187, 1.5),
      c('Enderby', 52.589, -1.208, 1),
      c('Narborough', 52.573, -1.203, 1),
      c('Blaby', 52.575, -1.165, 1),
      c('Glenfield', 52.648, -1.206, 1),
      c('Countesthorpe', 52.554, -1.137, 0.8),
      c('Whetstone', 52.572, -1.179, 0.8),
    ],
  },
  {
    code: 'E07000131',
    asbRows: 1_777,
    spreadMetres: 500,
    centres: [
      c('Market Harborough', 52.477, -0.921, 3),
      c('Lutterworth', 52.456, -1.2, 1.5),
      c('Broughton Astley', 52.528, -1.226, 1),
      c('Great Glen', 52.576, -1.03, 0.5),
      c('Kibworth', 52.539, -1.0, 0.6),
    ],
  },
  {
    code: 'E07000135',
    asbRows: 1_277,
    spreadMetres: 400,
    centres: [c('Oadby', 52.606, -1.078, 1.5), c('Wigston', 52.586, -1.104, 1.5), c('South Wigston', 52.583, -1.129, 1)],
  },
  {
    code: 'E07000133',
    asbRows: 1_260,
    spreadMetres: 500,
    centres: [c('Melton Mowbray', 52.765, -0.886, 5), c('Asfordby', 52.764, -0.949, 0.6), c('Bottesford', 52.944, -0.801, 0.5)],
  },
  {
    code: 'E06000017',
    asbRows: 425,
    spreadMetres: 450,
    centres: [c('Oakham', 52.67, -0.727, 3), c('Uppingham', 52.589, -0.723, 1.5), c('Ketton', 52.6283, -0.554, 0.5)],
  },
];

/** Plausible spots to name in the location text ("Near <spot>, <place>"). */
const SPOTS = [
  'High Street',
  'Market Place',
  'Station Road',
  'Church Street',
  'the recreation ground',
  'the bus station',
  'the shopping parade',
  'Park Road',
  'the community centre',
  'the canal towpath',
  'Victoria Street',
  'the library',
  'Mill Lane',
  'the playing fields',
  'London Road',
  'the car park',
  'Queen Street',
  'the skate park',
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
