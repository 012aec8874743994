/**
 * The use-of-powers tests' history: 20 interventions by two organisations over two districts (and
 * none recorded), four months, every age band, with breaches; seeded straight into the tables.
 * Also sets the report's smallest count shown (rule_settings 'use_of_powers_report').
 */
import type { Kysely } from 'kysely';
import { aCaseWith } from '../../../../test/case-builders.js';
import { anIntervention } from '../../../../test/powers-builders.js';
import type { Database, InterventionOutcome } from '../../../db/schema.js';
import type { Published } from '../../../domain/analysis/small-counts.js';
import { USE_OF_POWERS_SETTINGS_KEY } from '../../../domain/powers/use-of-powers-settings.js';
import { aPerson, CITY, POLICE } from '../../../services/report/test-support.js';

type Subject = 'adult' | 'child' | 'turns18' | 'nodob' | 'premises';
export const BAND: Record<Subject, string> = {
  adult: 'Adult',
  child: 'Under 18',
  turns18: 'Adult',
  nodob: 'Age not known',
  premises: 'Not a person',
};
export const LEICESTER = 'E06000016';
export const CHARNWOOD = 'E07000130';

// [organisation, district (null: not recorded), issued on, type, subject, outcome, breaches]
export const SPEC: [string, string | null, string, string, Subject, InterventionOutcome | null, number][] = [
  [POLICE, LEICESTER, '2026-01-05', 'cpw', 'adult', 'complied', 0],
  [POLICE, LEICESTER, '2026-01-20', 'cpw', 'adult', 'breached', 2],
  [POLICE, LEICESTER, '2026-02-03', 'cpn', 'adult', 'breached', 1],
  [POLICE, LEICESTER, '2026-02-10', 'cpw', 'child', null, 0],
  [POLICE, LEICESTER, '2026-02-11', 'warning_letter', 'child', 'complied', 0],
  [POLICE, CHARNWOOD, '2026-03-01', 'warning_letter', 'turns18', 'complied', 0],
  [POLICE, CHARNWOOD, '2026-03-02', 'abc', 'child', 'breached', 3],
  [POLICE, CHARNWOOD, '2026-03-15', 'abc', 'nodob', null, 0],
  [POLICE, CHARNWOOD, '2026-03-31', 'closure_notice', 'premises', null, 0],
  [POLICE, null, '2026-04-01', 'cpw', 'adult', 'withdrawn', 0],
  [CITY, LEICESTER, '2026-01-07', 'cpw', 'adult', 'complied', 0],
  [CITY, LEICESTER, '2026-01-08', 'cpw', 'adult', 'complied', 0],
  [CITY, LEICESTER, '2026-02-14', 'cpn', 'adult', 'appealed', 0],
  [CITY, LEICESTER, '2026-02-28', 'civil_injunction', 'child', 'breached', 1],
  [CITY, LEICESTER, '2026-03-03', 'warning_letter', 'nodob', null, 0],
  [CITY, CHARNWOOD, '2026-03-04', 'warning_letter', 'adult', 'complied', 0],
  [CITY, CHARNWOOD, '2026-03-05', 'cpw', 'child', 'breached', 1],
  [CITY, CHARNWOOD, '2026-04-06', 'cpn', 'adult', 'discharged', 0],
  [CITY, CHARNWOOD, '2026-04-07', 'closure_notice', 'premises', 'expired', 0],
  [CITY, null, '2026-04-08', 'abc', 'child', 'varied', 1],
];

export const sum = (rows: typeof SPEC) => ({ count: rows.length, breaches: rows.reduce((s, r) => s + r[6], 0) });
export const by = (rows: { name: string; count: Published; breaches: Published }[]) =>
  Object.fromEntries(rows.map((x) => [x.name, [x.count, x.breaches]]));

/** Writes SPEC's interventions, their cases and subjects. */
export async function seedSpec(db: Kysely<Database>): Promise<void> {
  const people: Record<Exclude<Subject, 'premises'>, string> = {
    adult: await aPerson(db, { surname: 'Adult', dateOfBirth: '1980-05-05' }),
    child: await aPerson(db, { surname: 'Child', dateOfBirth: '2011-06-15' }),
    // 18 on 1 March 2026, the day of their intervention (29 February birthdays count from 1 March).
    turns18: await aPerson(db, { surname: 'Leapling', dateOfBirth: '2008-02-29' }),
    nodob: await aPerson(db, { surname: 'Unknown' }),
  };
  const cases = new Map<string, string>();
  for (const [org, district, issuedOn, typeCode, subject, outcome, breaches] of SPEC) {
    const key = `${org}|${district}`;
    if (!cases.has(key)) cases.set(key, (await aCaseWith(db, { org, districtCode: district })).id);
    await anIntervention(db, {
      caseId: cases.get(key)!,
      typeCode,
      organisation: org,
      issuedOn,
      outcome,
      personId: subject === 'premises' ? null : people[subject],
      breaches: Array.from({ length: breaches }, () => issuedOn),
    });
  }
}

/** The smallest count shown from now on; null for no setting (the default, 5). */
export async function smallestCountShown(db: Kysely<Database>, threshold: number | null): Promise<void> {
  await db.deleteFrom('rule_settings').where('key', '=', USE_OF_POWERS_SETTINGS_KEY).execute();
  if (threshold !== null)
    await db
      .insertInto('rule_settings')
      .values({ key: USE_OF_POWERS_SETTINGS_KEY, value: JSON.stringify({ suppressionThreshold: threshold }) })
      .execute();
}
