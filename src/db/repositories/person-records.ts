/**
 * One person as their record page shows them. A person is visible to an actor whose
 * organisation recorded them, or who may see at least one incident they are linked to
 * (`visibleIncidents`); anyone else gets "not found". Only the visible incidents are listed.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Actor } from '../../domain/access/roles.js';
import type { Database, IncidentPartiesTable } from '../schema.js';
import type { Executor } from './audit-log.js';
import { visibleIncidents } from './incident-scope.js';
import { visibleCases } from './case-scope.js';
import { isUuid } from '../../domain/ids.js';

export interface PersonRecord {
  id: string;
  forename: string;
  surname: string;
  dateOfBirth: string | null;
  organisationName: string;
}

export interface PersonIncident {
  incidentId: string;
  reference: string;
  month: string;
  typeName: string | null;
  role: IncidentPartiesTable['role'];
}

/**
 * A filter for a query over the unaliased `people` table: the people `actor` may see — those
 * their organisation recorded, those on an incident they may see, and those on a case they may
 * see (a case shared with them included: case-scope.ts).
 */
export function visiblePeople(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'people'>) =>
    eb.or([
      eb('people.organisation_id', '=', actor.organisationId),
      eb.exists(
        eb
          .selectFrom('incident_parties')
          .innerJoin('incidents', 'incidents.id', 'incident_parties.incident_id')
          .select(sql<number>`1`.as('one'))
          .whereRef('incident_parties.person_id', '=', 'people.id')
          .where(visibleIncidents(actor)),
      ),
      eb.exists(
        eb
          .selectFrom('case_parties')
          .innerJoin('cases', 'cases.id', 'case_parties.case_id')
          .select(sql<number>`1`.as('one'))
          .whereRef('case_parties.person_id', '=', 'people.id')
          .where('case_parties.removed_at', 'is', null)
          .where(visibleCases(actor)),
      ),
    ]);
}

/** The person if they exist and the actor may see them; otherwise undefined. */
export async function findVisiblePerson(db: Executor, actor: Actor, id: string): Promise<PersonRecord | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('people')
    .innerJoin('organisations as o', 'o.id', 'people.organisation_id')
    .select(['people.id', 'people.forename', 'people.surname', 'people.date_of_birth as dateOfBirth', 'o.name as organisationName'])
    .where('people.id', '=', id)
    .where(visiblePeople(actor))
    .executeTakeFirst();
}

/** The incidents, visible to the actor, that the person is linked to: newest month first. */
export async function incidentsOfPerson(db: Executor, actor: Actor, personId: string): Promise<PersonIncident[]> {
  return db
    .selectFrom('incident_parties')
    .innerJoin('incidents', 'incidents.id', 'incident_parties.incident_id')
    .leftJoin('incident_types as t', 't.code', 'incidents.incident_type_code')
    .select(['incidents.id as incidentId', 'incidents.reference', 'incidents.month', 't.name as typeName', 'incident_parties.role'])
    .where('incident_parties.person_id', '=', personId)
    .where(visibleIncidents(actor))
    .orderBy('incidents.month', 'desc')
    .orderBy('incidents.reference')
    .execute();
}
