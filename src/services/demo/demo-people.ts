/**
 * Synthetic people for the demo partnership. Forenames are ordinary and reflect the area's mix;
 * surnames are invented and plainly fictional (Puddlecombe, Wobblethorpe…) so no demo record
 * can be mistaken for a real person. Ages and sexes follow the action plan's victim and
 * perpetrator profiles (shared/seeds/000 §2.17–2.23): victims mostly 30–59 and 55% female,
 * perpetrators mostly 10–39 and 73% male.
 */
import type { Insertable } from 'kysely';
import { personInsertValues } from '../../db/repositories/people.js';
import type { PeopleTable } from '../../db/schema.js';
import type { Random } from './prng.js';

const FEMALE = [
  'Olivia',
  'Amelia',
  'Sophie',
  'Emily',
  'Grace',
  'Chloe',
  'Hannah',
  'Jessica',
  'Lucy',
  'Megan',
  'Rebecca',
  'Sarah',
  'Karen',
  'Julie',
  'Claire',
  'Donna',
  'Priya',
  'Aisha',
  'Fatima',
  'Anjali',
  'Zainab',
  'Simran',
  'Amara',
  'Chipo',
];
const MALE = [
  'Oliver',
  'Jack',
  'Harry',
  'George',
  'Thomas',
  'James',
  'Daniel',
  'Ryan',
  'Liam',
  'Connor',
  'Mark',
  'Paul',
  'Gary',
  'Darren',
  'Arjun',
  'Rahul',
  'Imran',
  'Mohammed',
  'Jaspreet',
  'Ravi',
  'Bilal',
  'Kwame',
  'Tunde',
  'Kofi',
];
const SURNAMES = [
  'Puddlecombe',
  'Marrowfield',
  'Quibbleton',
  'Snickworth',
  'Bumbleford',
  'Wobblethorpe',
  'Fiddlewick',
  'Crumblebury',
  'Dapplegate',
  'Muddlestone',
  'Pipplewood',
  'Tumbleby',
  'Noodleham',
  'Wafflestone',
  'Jiggleby',
  'Honeyfudge',
  'Bobblewick',
  'Sprockett',
  'Tiddleton',
  'Whiskerby',
  'Nettlebottom',
  'Cloudsworth',
  'Parsnipley',
  'Zingleton',
  'Moonacre',
  'Sparkleford',
  'Crinkleby',
  'Flumpton',
  'Gobbleshaw',
  'Humbleknot',
  'Kettleburn',
  'Lollingham',
  'Mumblethwaite',
  'Pickleberry',
  'Rumbletree',
  'Squigglesby',
  'Trundleworth',
  'Wimbledrop',
  'Yodelby',
  'Bramblesnout',
];

export type PartyRole = 'victim' | 'perpetrator' | 'complainant';

export interface DemoPerson {
  id: string;
  forename: string;
  surname: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  /** The agency that recorded them (resolved to an id when written). */
  organisationName: string;
}

/** Age bands [from, to] with weights, per role (§2.18 victims, §2.21 perpetrators). */
const AGE_BANDS: Record<PartyRole, readonly (readonly [readonly [number, number], number])[]> = {
  victim: [
    [[16, 19], 3],
    [[20, 29], 14],
    [[30, 39], 22],
    [[40, 49], 25],
    [[50, 59], 20],
    [[60, 69], 10],
    [[70, 88], 6],
  ],
  complainant: [
    [[18, 29], 14],
    [[30, 39], 22],
    [[40, 49], 24],
    [[50, 59], 20],
    [[60, 69], 12],
    [[70, 88], 8],
  ],
  perpetrator: [
    [[12, 19], 32],
    [[20, 29], 22],
    [[30, 39], 20],
    [[40, 49], 13],
    [[50, 59], 8],
    [[60, 69], 4],
    [[70, 80], 1],
  ],
};

const FEMALE_SHARE: Record<PartyRole, number> = { victim: 0.55, complainant: 0.55, perpetrator: 0.27 };

/**
 * A fictional person in `role`, aged as the role's profile says on `onDate` (a Date), recorded
 * by `organisationName`.
 */
export function makePerson(rng: Random, role: PartyRole, onDate: Date, organisationName: string): DemoPerson {
  const female = rng.chance(FEMALE_SHARE[role]);
  const [from, to] = rng.weighted(AGE_BANDS[role]);
  const age = rng.int(from, to);
  const birth = new Date(onDate.getTime());
  birth.setUTCFullYear(birth.getUTCFullYear() - age - 1);
  birth.setUTCDate(birth.getUTCDate() + rng.int(1, 364));
  return {
    id: rng.uuid(),
    forename: rng.pick(female ? FEMALE : MALE),
    surname: rng.pick(SURNAMES),
    dateOfBirth: birth.toISOString().slice(0, 10),
    organisationName,
  };
}

/** The `people` row for a demo person, synthetic, with the matching keys set (normalise.ts). */
export function demoPersonRow(p: DemoPerson, organisationId: string): Insertable<PeopleTable> {
  return { id: p.id, ...personInsertValues({ ...p, synthetic: true }, organisationId) };
}
