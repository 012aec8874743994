/**
 * Adds fictional people to planned demo incidents: victims (39% of them repeats, §2.17 of the
 * action plan, each repeat victim's incidents in one district within eight months so they count
 * as repeats under the 12-month definition of §2.51), perpetrators (some shared across a repeat
 * victim's incidents, some known for several incidents in a district) and complainants.
 * Pure: no database.
 */
import type { DemoIncident } from './demo-incidents.js';
import { makePerson, type DemoPerson, type PartyRole } from './demo-people.js';
import { COMPLAINANT_CHANCE, REPEAT_COUNTS, REPEAT_VICTIM_SHARE } from './demo-shape.js';
import type { Random } from './prng.js';

export interface DemoParty {
  incidentId: string;
  personId: string;
  role: PartyRole;
}

export interface DemoParties {
  people: DemoPerson[];
  parties: DemoParty[];
}

/** A repeat victim's incidents lie within this many days either side of the first one picked. */
const REPEAT_WINDOW_DAYS = 120;
/** Chance that one perpetrator is behind all of a repeat victim's incidents. */
const SHARED_PERPETRATOR_CHANCE = 0.5;
/** Chance that a perpetrator slot is filled by someone already known in the district. */
const KNOWN_PERPETRATOR_CHANCE = 0.2;

/** `n` distinct items of `items`, chosen at random (partial Fisher–Yates on a copy). */
function sample<T>(rng: Random, items: readonly T[], n: number): T[] {
  const copy = [...items];
  const count = Math.min(n, copy.length);
  for (let i = 0; i < count; i++) {
    const j = rng.int(i, copy.length - 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/**
 * People and incident parties for `incidents` (which must be in date order). Repeat victims'
 * incidents are moved to the victim's first location, as repeat victimisation usually happens
 * where the victim lives.
 */
export function assignParties(rng: Random, incidents: readonly DemoIncident[]): DemoParties {
  const people: DemoPerson[] = [];
  const parties: DemoParty[] = [];
  const add = (incident: DemoIncident, person: DemoPerson, role: PartyRole) =>
    parties.push({ incidentId: incident.id, personId: person.id, role });
  const newPerson = (role: PartyRole, first: DemoIncident) => {
    const p = makePerson(rng, role, first.occurredFrom, first.organisationName);
    people.push(p);
    return p;
  };

  const slots = incidents.filter((i) => i.hasVictim);
  const byDistrict = new Map<string, DemoIncident[]>();
  for (const s of slots) {
    const list = byDistrict.get(s.point.districtCode) ?? [];
    list.push(s);
    byDistrict.set(s.point.districtCode, list);
  }

  // Solve for the number of repeat victims R so that R / (R + singles) is the target share.
  const weightSum = REPEAT_COUNTS.reduce((s, [, w]) => s + w, 0);
  const meanRepeats = REPEAT_COUNTS.reduce((s, [k, w]) => s + k * w, 0) / weightSum;
  const distinctVictims = slots.length / (1 - REPEAT_VICTIM_SHARE + REPEAT_VICTIM_SHARE * meanRepeats);
  const repeatTarget = Math.round(REPEAT_VICTIM_SHARE * distinctVictims);

  const assigned = new Set<string>();
  const perpetratorDone = new Set<string>();
  let repeats = 0;
  for (let attempts = 0; repeats < repeatTarget && attempts < repeatTarget * 20; attempts++) {
    const anchor = rng.pick(slots);
    if (assigned.has(anchor.id)) continue;
    const k = rng.weighted(REPEAT_COUNTS);
    const candidates = byDistrict
      .get(anchor.point.districtCode)!
      .filter((s) => s !== anchor && !assigned.has(s.id) && Math.abs(s.dayIndex - anchor.dayIndex) <= REPEAT_WINDOW_DAYS);
    if (candidates.length === 0) continue;
    const group = [anchor, ...sample(rng, candidates, k - 1)].sort((a, b) => a.occurredFrom.getTime() - b.occurredFrom.getTime());
    const victim = newPerson('victim', group[0]!);
    for (const incident of group) {
      assigned.add(incident.id);
      incident.point = anchor.point;
      add(incident, victim, 'victim');
    }
    const withPerpetrator = group.filter((g) => g.hasPerpetrator);
    if (withPerpetrator.length > 1 && rng.chance(SHARED_PERPETRATOR_CHANCE)) {
      const perpetrator = newPerson('perpetrator', withPerpetrator[0]!);
      for (const incident of withPerpetrator) {
        perpetratorDone.add(incident.id);
        add(incident, perpetrator, 'perpetrator');
      }
    }
    repeats++;
  }

  for (const slot of slots) if (!assigned.has(slot.id)) add(slot, newPerson('victim', slot), 'victim');

  const knownPerpetrators = new Map<string, DemoPerson[]>();
  for (const incident of incidents) {
    if (incident.hasPerpetrator && !perpetratorDone.has(incident.id)) {
      const known = knownPerpetrators.get(incident.point.districtCode) ?? [];
      knownPerpetrators.set(incident.point.districtCode, known);
      const reuse = known.length > 0 && rng.chance(KNOWN_PERPETRATOR_CHANCE);
      const perpetrator = reuse ? rng.pick(known) : newPerson('perpetrator', incident);
      if (!reuse) known.push(perpetrator);
      add(incident, perpetrator, 'perpetrator');
    }
    if (!incident.hasVictim && rng.chance(COMPLAINANT_CHANCE)) add(incident, newPerson('complainant', incident), 'complainant');
  }
  return { people, parties };
}
