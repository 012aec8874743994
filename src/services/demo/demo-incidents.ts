/**
 * Plans the synthetic demo incidents (pure: no database). Each incident gets a day, time,
 * category, type, district, point and recording agency drawn to the LLR shape in
 * demo-shape.ts; parties are added afterwards by demo-parties.ts. The organisation is a name
 * here and resolved to an id when the plan is written.
 */
import type { CategoryCode } from '../../domain/classification/categories.js';
import { LLR_ORGANISATIONS } from '../../domain/geography/llr.js';
import { demoCalendar, instantOn, londonYmd, reportedAfter } from './demo-dates.js';
import { describe } from './demo-descriptions.js';
import { DEMO_DISTRICTS, pointIn, type DemoPoint } from './demo-places.js';
import {
  COMMUNITY_TYPES,
  communityCategory,
  PERSONAL_SHARE,
  PERSONAL_TYPES,
  PERPETRATOR_CHANCE,
  POLICE_SHARE,
  VICTIM_CHANCE,
} from './demo-shape.js';
import { quota, type Random } from './prng.js';

export const POLICE = 'Leicestershire Police';
const CITY_HOUSING = 'Leicester City Council Housing';

export interface DemoIncident {
  id: string;
  /** DEMO-000001 onwards, in date order. */
  reference: string;
  organisationName: string;
  category: CategoryCode;
  typeCode: string;
  hateRelated: boolean;
  occurredFrom: Date;
  occurredTo: Date | null;
  reportedAt: Date;
  /** First day of the London month it happened, YYYY-MM-DD. */
  month: string;
  /** Days since the start of the demo window (for grouping repeat victims). */
  dayIndex: number;
  point: DemoPoint;
  description: string;
  /** Whether the report names a victim / a perpetrator (filled in by demo-parties). */
  hasVictim: boolean;
  hasPerpetrator: boolean;
}

/** The council for each district (its local authority in LLR_ORGANISATIONS). */
const COUNCIL_BY_DISTRICT = new Map(
  LLR_ORGANISATIONS.filter((o) => o.kind === 'local_authority' && o.districtCode).map((o) => [o.districtCode!, o.name]),
);

/** Which agency recorded it: mostly the police, otherwise the district's council (or city housing). */
function recordingAgency(rng: Random, districtCode: string, category: CategoryCode): string {
  const policeShare = category === 'environmental' ? POLICE_SHARE - 0.3 : POLICE_SHARE;
  if (rng.chance(policeShare)) return POLICE;
  if (districtCode === 'E06000016' && rng.chance(0.25)) return CITY_HOUSING;
  return COUNCIL_BY_DISTRICT.get(districtCode) ?? POLICE;
}

/**
 * `count` incidents over the last 24 calendar months (the current one up to yesterday), sorted
 * by when they happened and numbered DEMO-000001 onwards.
 */
export function planIncidents(rng: Random, count: number, now: Date): DemoIncident[] {
  const calendar = demoCalendar(now);
  const days = calendar.spreadDays(rng, count);
  const personalCount = Math.round(count * PERSONAL_SHARE);
  const personalTypes = quota(rng, PERSONAL_TYPES, personalCount);
  const communityTypes = quota(rng, COMMUNITY_TYPES, count - personalCount);
  const kinds = quota(
    rng,
    [
      [true, personalCount],
      [false, count - personalCount],
    ],
    count,
  );
  const districts = quota(
    rng,
    DEMO_DISTRICTS.map((d) => [d, d.asbRows] as const),
    count,
  );
  const incidents: DemoIncident[] = [];
  for (const [i, day] of days.entries()) {
    const occurredFrom = instantOn(rng, day.ymd);
    const personal = kinds[i]!;
    const typeCode = (personal ? personalTypes.pop() : communityTypes.pop())!;
    const category: CategoryCode = personal ? 'personal' : communityCategory(typeCode, rng.next());
    const district = districts[i]!;
    const point = pointIn(rng, district);
    const durationMinutes = rng.chance(0.7) ? rng.int(10, 180) : 0;
    incidents.push({
      id: rng.uuid(),
      reference: '',
      organisationName: recordingAgency(rng, district.code, category),
      category,
      typeCode,
      hateRelated: typeCode === 'hate-related' || (typeCode === 'intimidation-harassment' && rng.chance(0.06)),
      occurredFrom,
      occurredTo: durationMinutes ? new Date(Math.min(occurredFrom.getTime() + durationMinutes * 60_000, now.getTime())) : null,
      reportedAt: reportedAfter(rng, occurredFrom, now),
      month: `${londonYmd(occurredFrom).slice(0, 7)}-01`,
      dayIndex: day.index,
      point,
      description: describe(rng, typeCode),
      hasVictim: rng.chance(VICTIM_CHANCE[category]),
      hasPerpetrator: rng.chance(PERPETRATOR_CHANCE[category]),
    });
  }
  incidents.sort((a, b) => a.occurredFrom.getTime() - b.occurredFrom.getTime());
  incidents.forEach((inc, i) => (inc.reference = `DEMO-${String(i + 1).padStart(6, '0')}`));
  return incidents;
}
