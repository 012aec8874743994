/**
 * Test data builders for the checks' unit tests (kept beside them because domain tests use no
 * database helpers). Not used by production code.
 */
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { LONDON } from '../time/london.js';
import type { IncidentFact, OpenCaseFact, PartyRole, VulnerabilityFact } from './types.js';

/** The instant of a London wall-clock time: london('2026-04-01 00:30') is 2026-03-31T23:30Z. */
export function london(dateTime: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(dateTime);
  if (!m) throw new RangeError(`Not a London time: ${dateTime}`);
  const d = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 12), Number(m[5] ?? 0), LONDON);
  return new Date(d.getTime());
}

export const POLICE = { organisationId: 'org-police', organisationName: 'Leicestershire Police' } as const;
export const CITY = { organisationId: 'org-city', organisationName: 'Leicester City Council' } as const;
export const HOUSING = { organisationId: 'org-housing', organisationName: 'Leicester Housing' } as const;

let next = 0;

/** An incident fact: by default the person's victim report to the police, at noon on 1 March 2026. */
export function aFact(over: Partial<IncidentFact> = {}): IncidentFact {
  next += 1;
  const id = over.incidentId ?? `inc-${next}`;
  return {
    incidentId: id,
    reference: `REF-${id}`,
    ...POLICE,
    reportedAt: london('2026-03-01 12:00'),
    occurredFrom: null,
    occurredTo: null,
    category: 'personal',
    incidentTypeCode: 'intimidation-harassment',
    hateRelated: false,
    role: 'victim',
    easting: null,
    northing: null,
    lsoa21Code: null,
    ...over,
  };
}

/** The fact for the report being made now. */
export function theCurrentReport(over: Partial<IncidentFact> = {}): IncidentFact {
  return aFact({ incidentId: 'current', reference: '', ...over });
}

export function aVulnerability(over: Partial<VulnerabilityFact> = {}): VulnerabilityFact {
  return {
    factors: ['mental health'],
    recordedAt: london('2026-01-10 09:00'),
    organisationName: CITY.organisationName,
    incidentId: null,
    ...over,
  };
}

export function anOpenCase(over: Partial<OpenCaseFact> = {}): OpenCaseFact {
  return {
    caseId: 'case-1',
    reference: 'CASE-1',
    leadOrganisationId: CITY.organisationId,
    leadOrganisationName: CITY.organisationName,
    leadOfficerName: 'Sam Patel',
    via: 'person',
    partyRole: 'perpetrator',
    ...over,
  };
}

// ---- fast-check arbitraries ----

/** "Now" anywhere in 2024–2028, so windows cross every clock change and a leap day. */
export const arbNow = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T23:59:59Z'), noInvalidDate: true });

const ORGS = [POLICE, CITY, HOUSING, { organisationId: null, organisationName: null }] as const;
const HOUR = 3_600_000;

/**
 * A fact reported within about `spanDays` days before `now` (a little after it, too), with a
 * behaviour start up to ~45 days before the report or unknown, from any of four sources.
 */
export function arbFactNear(now: Date, spanDays = 400, roles: PartyRole[] = ['victim', 'complainant', 'witness', 'perpetrator']) {
  return fc
    .record({
      id: fc.uuid(),
      reportedHoursAgo: fc.integer({ min: -24, max: spanDays * 24 }),
      behaviourHoursBefore: fc.option(fc.integer({ min: -12, max: 45 * 24 }), { nil: null }),
      org: fc.constantFrom(...ORGS),
      role: fc.constantFrom(...roles),
      hateRelated: fc.boolean(),
      easting: fc.integer({ min: -300, max: 300 }),
      northing: fc.integer({ min: -300, max: 300 }),
      lsoa21Code: fc.constantFrom('E01000001', 'E01000002', null),
    })
    .map((r): IncidentFact => {
      const reportedAt = new Date(now.getTime() - r.reportedHoursAgo * HOUR);
      return aFact({
        incidentId: r.id,
        reference: `REF-${r.id.slice(0, 8)}`,
        ...r.org,
        reportedAt,
        occurredFrom: r.behaviourHoursBefore === null ? null : new Date(reportedAt.getTime() - r.behaviourHoursBefore * HOUR),
        role: r.role,
        hateRelated: r.hateRelated,
        easting: 400_000 + r.easting,
        northing: 300_000 + r.northing,
        lsoa21Code: r.lsoa21Code,
      });
    });
}

/** `now` and a list of facts around it (distinct incidentIds). */
export function arbScenario(spanDays = 400, roles?: PartyRole[]) {
  return arbNow.chain((now) =>
    fc.tuple(fc.constant(now), fc.uniqueArray(arbFactNear(now, spanDays, roles), { maxLength: 12, selector: (f) => f.incidentId })),
  );
}
