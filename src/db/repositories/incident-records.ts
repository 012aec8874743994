/**
 * One incident as its record page shows it, read through the actor's scope
 * (`visibleIncidents`): an incident the actor may not see is "not found", exactly like one that
 * does not exist.
 */
import type { Actor } from '../../domain/access/roles.js';
import type { IncidentPartiesTable, IncidentSource } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleIncidents } from './incident-scope.js';
import { isUuid } from '../../domain/ids.js';

export interface IncidentRecord {
  id: string;
  reference: string;
  source: IncidentSource;
  month: string;
  categoryName: string | null;
  typeName: string | null;
  locationText: string | null;
  districtCode: string | null;
  districtName: string | null;
  wardCode: string | null;
  wardName: string | null;
  lsoa11Code: string | null;
  lsoa21Code: string | null;
  description: string | null;
  hateRelated: boolean;
}

export interface IncidentParty {
  personId: string;
  forename: string;
  surname: string;
  role: IncidentPartiesTable['role'];
}

/** The incident if it exists and the actor may see it; otherwise undefined. */
export async function findVisibleIncident(db: Executor, actor: Actor, id: string): Promise<IncidentRecord | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('incidents')
    .leftJoin('asb_categories as c', 'c.code', 'incidents.category')
    .leftJoin('incident_types as t', 't.code', 'incidents.incident_type_code')
    .leftJoin('districts as d', 'd.code', 'incidents.district_code')
    .leftJoin('wards as w', 'w.code', 'incidents.ward_code')
    .select([
      'incidents.id',
      'incidents.reference',
      'incidents.source',
      'incidents.month',
      'c.name as categoryName',
      't.name as typeName',
      'incidents.location_text as locationText',
      'incidents.district_code as districtCode',
      'd.name as districtName',
      'incidents.ward_code as wardCode',
      'w.name as wardName',
      'incidents.lsoa11_code as lsoa11Code',
      'incidents.lsoa21_code as lsoa21Code',
      'incidents.description',
      'incidents.hate_related as hateRelated',
    ])
    .where('incidents.id', '=', id)
    .where(visibleIncidents(actor))
    .executeTakeFirst();
}

/** The people linked to an incident the caller has already found visible, by surname. */
export async function partiesOf(db: Executor, incidentId: string): Promise<IncidentParty[]> {
  return db
    .selectFrom('incident_parties as ip')
    .innerJoin('people as p', 'p.id', 'ip.person_id')
    .select(['p.id as personId', 'p.forename', 'p.surname', 'ip.role'])
    .where('ip.incident_id', '=', incidentId)
    .orderBy('p.surname')
    .orderBy('p.forename')
    .execute();
}
