/**
 * What the report journey's "What happened and where?" page offers: the incident types and
 * districts (see listReportChoices) and whether any district boundaries are loaded, which
 * decides whether a point on the map gives the district or the caller must choose it.
 * Reference data, not scoped to the actor; nothing is written or audited.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { boundariesLoaded } from '../../db/repositories/gazetteer.js';
import { listReportChoices, type ReportChoices } from './list-report-choices.js';

export interface WhatAndWhereChoices extends ReportChoices {
  /** True when a district has a boundary loaded. */
  boundariesLoaded: boolean;
}

/** @returns the lists and the boundaries flag; never throws for empty tables. */
export async function listWhatAndWhereChoices(db: Kysely<Database>): Promise<WhatAndWhereChoices> {
  const [choices, loaded] = await Promise.all([listReportChoices(db), boundariesLoaded(db)]);
  return { ...choices, boundariesLoaded: loaded };
}
