/**
 * Case generator for the case-queue benchmark (issue 4): bulk-loads open (and some closed) cases
 * shaped like the LLR partnership's case-managed ASB into a migrated database with the reference
 * data, with their people, incidents, risk assessments, supervisory reviews, victim contact plans
 * and contacts. Everything is synthetic and marked so. It does not write the due projection:
 * the benchmark times refreshAllCaseDue doing that.
 *
 * How: the database generates everything with INSERT … SELECT over generate_series and random()
 * after setseed() (reproducible; ids are md5(key)::uuid), from two small lookup tables that
 * TypeScript fills (organisations and districts with their weights).
 *
 * Shape (UNVERIFIED, modelled on the LLR ASB Action Plan's partnership): 70% of cases led by
 * Leicestershire Police, the rest by the ten councils (the city most); districts weighted towards
 * Leicester (split over its four NPAs) and Charnwood; opened over the last ~14 months, most
 * recently; 1–3 victims (mostly 1) and 0–2 perpetrators, a few added after opening; one incident
 * each, 12% a second linked later; 60% of cases have risk assessments (case, most victims, many
 * perpetrators; levels 55/30/15% standard/medium/high; some reassessed, some in progress); 80% of
 * cases older than ten days have a supervisory review in the last six weeks; half the victims
 * have a contact plan and three quarters have been contacted (15% of contacts only attempted);
 * one case in twenty is shared with a partner (police with a council, a council with the police).
 * So a realistic share is late: unreviewed older cases, reviews more than 28 days ago, missing
 * assessments, victims never or long ago contacted.
 */
import type { DbHandle } from '../../src/db/client.js';

export interface CaseScaleOptions {
  openCases: number;
  closedCases: number;
  /** "Now" for the data (default: now). */
  now?: Date;
  log?: (message: string) => void;
}

export interface CaseScaleSummary {
  openCases: number;
  closedCases: number;
  parties: number;
  assessments: number;
  reviews: number;
  contactPlans: number;
  contacts: number;
  seconds: number;
  steps: { step: string; seconds: number }[];
}

/** Share of cases each organisation leads (LLR_ORGANISATIONS names). */
const ORG_WEIGHTS: [string, number][] = [
  ['Leicestershire Police', 0.7],
  ['Leicester City Council', 0.1],
  ['Leicestershire County Council', 0.04],
  ['Charnwood Borough Council', 0.04],
  ['North West Leicestershire District Council', 0.025],
  ['Hinckley and Bosworth Borough Council', 0.02],
  ['Blaby District Council', 0.02],
  ['Harborough District Council', 0.015],
  ['Melton Borough Council', 0.01],
  ['Oadby and Wigston Borough Council', 0.01],
  ['Rutland County Council', 0.01],
];
/** Share of police- and county-led cases in each district (code, NPA, weight). */
const DISTRICT_WEIGHTS: [string, string, number][] = [
  ['E06000016', 'leicester', 0.38],
  ['E07000130', 'charnwood', 0.14],
  ['E07000132', 'hinckley-blaby', 0.08],
  ['E07000134', 'north-west-leicestershire', 0.08],
  ['E07000129', 'hinckley-blaby', 0.07],
  ['E07000131', 'south-leicestershire', 0.06],
  ['E07000135', 'south-leicestershire', 0.05],
  ['E07000133', 'melton-rutland', 0.05],
  ['E06000017', 'melton-rutland', 0.09],
];
const CITY_NPAS = ['leicester-central', 'leicester-east', 'leicester-south', 'leicester-west'];
/** Case officers per organisation (police, then each council). */
const OFFICERS = { police: 300, council: 12 };

const ranges = <T>(xs: [T, number][]) => {
  const total = xs.reduce((n, [, w]) => n + w, 0);
  let lo = 0;
  return xs.map(([x, w], i) => {
    const hi = i === xs.length - 1 ? 1.000001 : lo + w / total;
    const r = { x, i: i + 1, lo, hi };
    lo = hi;
    return r;
  });
};

/** Generates the cases; the database must be migrated with reference data and hold no bench cases. */
export async function generateCases(handle: DbHandle, o: CaseScaleOptions): Promise<CaseScaleSummary> {
  const started = performance.now();
  const steps: CaseScaleSummary['steps'] = [];
  let last = started;
  const step = (name: string) => {
    const now = performance.now();
    steps.push({ step: name, seconds: (now - last) / 1000 });
    o.log?.(`${name}: ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };
  const script = (text: string) => handle.withScriptConnection((c) => c.exec(text));
  const NOW = `'${(o.now ?? new Date()).toISOString()}'::timestamptz`;
  const N = o.openCases + o.closedCases;

  const orgs = await handle.db.selectFrom('organisations').select(['id', 'name', 'district_code']).execute();
  const orgRows = ranges(ORG_WEIGHTS).map((r) => {
    const org = orgs.find((x) => x.name === r.x);
    if (!org) throw new Error(`Reference data lacks ${r.x}`);
    return `(${r.i}, '${org.id}'::uuid, ${r.lo}, ${r.hi}, ${org.district_code ? `'${org.district_code}'` : 'NULL'}, ${r.i === 1 ? OFFICERS.police : OFFICERS.council})`;
  });
  const districtRows = ranges(DISTRICT_WEIGHTS.map(([code, npa, w]) => [[code, npa], w] as [[string, string], number])).map(
    (r) => `(${r.i}, '${r.x[0]}', '${r.x[1]}', ${r.lo}, ${r.hi})`,
  );
  await script(`
    DROP TABLE IF EXISTS bc_orgs, bc_districts, bc_cases, bc_parties;
    CREATE TABLE bc_orgs (i int PRIMARY KEY, id uuid, lo float8, hi float8, district_code text, officers int);
    INSERT INTO bc_orgs VALUES ${orgRows.join(', ')};
    CREATE TABLE bc_districts (i int PRIMARY KEY, code text, npa text, lo float8, hi float8);
    INSERT INTO bc_districts VALUES ${districtRows.join(', ')};
    INSERT INTO users (id, email, name, password_hash, synthetic)
      SELECT md5('bcu-' || o.i || '-' || k)::uuid, 'bench.case.officer.' || o.i || '.' || k || '@example.org', 'Bench Officer ' || o.i || '-' || k, 'not-a-password-hash', true
      FROM bc_orgs o CROSS JOIN LATERAL generate_series(1, o.officers) k
      UNION ALL
      SELECT md5('bcs-' || o.i)::uuid, 'bench.case.supervisor.' || o.i || '@example.org', 'Bench Supervisor ' || o.i, 'not-a-password-hash', true FROM bc_orgs o;
    INSERT INTO memberships (user_id, organisation_id, role)
      SELECT md5('bcu-' || o.i || '-' || k)::uuid, o.id, 'officer' FROM bc_orgs o CROSS JOIN LATERAL generate_series(1, o.officers) k
      UNION ALL SELECT md5('bcs-' || o.i)::uuid, o.id, 'supervisor' FROM bc_orgs o;`);
  step('organisations, officers and supervisors');

  await script(`
    SELECT setseed(0.42);
    CREATE TABLE bc_cases AS
    SELECT x.i, md5('bc' || x.i)::uuid AS id, x.i > ${o.openCases} AS closed, o.i AS org_i, o.id AS org_id,
      md5('bcu-' || o.i || '-' || (1 + floor(x.r_off * o.officers)::int))::uuid AS officer_id,
      md5('bcs-' || o.i)::uuid AS supervisor_id,
      coalesce(o.district_code, d.code) AS district_code,
      CASE WHEN coalesce(o.district_code, d.code) = 'E06000016' THEN (ARRAY['${CITY_NPAS.join("','")}'])[1 + floor(x.r_npa * 4)::int]
           ELSE (SELECT npa FROM bc_districts WHERE code = coalesce(o.district_code, d.code)) END AS npa_code,
      x.age, ${NOW} - make_interval(days => x.age, hours => floor(x.r_hour * 10)::int) AS opened_at,
      1 + floor(x.r_nv * x.r_nv * 3)::int AS nv, floor(x.r_np * 2.6)::int AS np,
      x.r_risk < 0.6 AS assessed, x.r_review, x.r_review2, x.r_inc, x.r_status
    FROM (
      SELECT i, random() AS r_org, random() AS r_dist, random() AS r_npa, random() AS r_off, random() AS r_hour,
        CASE WHEN i > ${o.openCases} THEN 60 + floor(random() * 400)::int ELSE floor(420 * power(random(), 1.8))::int END AS age,
        random() AS r_nv, random() AS r_np, random() AS r_risk, random() AS r_review, random() AS r_review2, random() AS r_inc, random() AS r_status
      FROM generate_series(1, ${N}) i OFFSET 0
    ) x
    JOIN bc_orgs o ON x.r_org >= o.lo AND x.r_org < o.hi
    JOIN bc_districts d ON x.r_dist >= d.lo AND x.r_dist < d.hi;
    ALTER TABLE bc_cases ADD PRIMARY KEY (i);
    INSERT INTO cases (id, reference, status, lead_organisation_id, lead_officer_id, summary, opened_at, closed_at, synthetic,
                       npa_code, district_code, high_risk, created_by, outcome)
    SELECT id, 'BC-' || lpad(i::text, 7, '0'),
      CASE WHEN closed THEN 'closed' WHEN r_status < 0.2 THEN 'open' WHEN r_status < 0.9 THEN 'active' ELSE 'under_review' END,
      org_id, officer_id, 'Synthetic benchmark case ' || i, opened_at, CASE WHEN closed THEN opened_at + interval '45 days' END, true,
      npa_code, district_code, r_status > 0.98, officer_id, CASE WHEN closed THEN 'resolved' END
    FROM bc_cases ORDER BY opened_at;`);
  step(`${N.toLocaleString('en-GB')} cases`);

  await script(`
    SELECT setseed(0.43);
    CREATE TABLE bc_parties AS
    SELECT c.id AS case_id, c.i, p.role, p.j, md5('bcp' || c.i || p.role || p.j)::uuid AS person_id,
      CASE WHEN p.j > 1 AND random() < 0.3 THEN c.opened_at + make_interval(days => floor(random() * c.age)::int) ELSE c.opened_at END AS added_at
    FROM bc_cases c
    CROSS JOIN LATERAL (SELECT 'victim'::text AS role, j FROM generate_series(1, c.nv) j
                        UNION ALL SELECT 'perpetrator', j FROM generate_series(1, c.np) j) p;
    INSERT INTO people (id, forename, surname, organisation_id, synthetic)
      SELECT person_id, 'Bench', 'Party ' || i || '-' || role || '-' || j, (SELECT id FROM bc_orgs WHERE i = 1), true FROM bc_parties;
    INSERT INTO case_parties (case_id, person_id, role, added_at) SELECT case_id, person_id, role, added_at FROM bc_parties;
    INSERT INTO incidents (id, reference, source, organisation_id, month, reported_at, synthetic)
      SELECT md5('bci' || c.i || '-' || j)::uuid, 'BCI-' || c.i || '-' || j, 'staff', c.org_id, date_trunc('month', t.at)::date, t.at, true
      FROM bc_cases c CROSS JOIN LATERAL generate_series(1, CASE WHEN c.r_inc < 0.12 THEN 2 ELSE 1 END) j
      CROSS JOIN LATERAL (SELECT CASE WHEN j = 1 THEN c.opened_at ELSE c.opened_at + make_interval(days => floor(c.r_inc / 0.12 * c.age)::int) END AS at) t;
    INSERT INTO case_incidents (case_id, incident_id, linked_at)
      SELECT c.id, i.id, i.reported_at FROM bc_cases c JOIN incidents i ON i.id IN (md5('bci' || c.i || '-1')::uuid, md5('bci' || c.i || '-2')::uuid);`);
  step('people, parties and incidents');

  await script(`
    SELECT setseed(0.44);
    INSERT INTO risk_assessments (case_id, kind, person_id, questionnaire_id, status, score, scored_level, level, started_at, started_by, completed_at, completed_by)
    SELECT s.case_id, s.kind, s.person_id, q.id, CASE WHEN s.r < 0.04 THEN 'in_progress' ELSE 'completed' END,
      CASE WHEN s.r >= 0.04 THEN 10 END, CASE WHEN s.r >= 0.04 THEN s.level END, CASE WHEN s.r >= 0.04 THEN s.level END,
      a.at, s.officer_id, CASE WHEN s.r >= 0.04 THEN a.at END, CASE WHEN s.r >= 0.04 THEN s.officer_id END
    FROM (
      SELECT t.*, k, random() AS r, CASE WHEN random() < 0.55 THEN 'standard' WHEN random() < 0.67 THEN 'medium' ELSE 'high' END AS level,
        random() AS r_at
      FROM (
        SELECT c.id AS case_id, 'case'::text AS kind, NULL::uuid AS person_id, c.age, c.officer_id FROM bc_cases c WHERE NOT c.closed AND c.assessed AND random() < 0.9
        UNION ALL
        SELECT p.case_id, p.role, p.person_id, c.age, c.officer_id FROM bc_parties p JOIN bc_cases c ON c.i = p.i
        WHERE NOT c.closed AND c.assessed AND random() < CASE p.role WHEN 'victim' THEN 0.85 ELSE 0.6 END
      ) t
      CROSS JOIN generate_series(1, 2) k
      -- random() beside a column of the row: alone, the planner would draw it once per k.
      WHERE k = 1 OR random() + 0 * t.age < 0.2
      OFFSET 0
    ) s JOIN risk_questionnaires q ON q.kind = s.kind AND q.version = 1
    -- Mostly within the level's review interval (so in date), some older; an earlier one a month before.
    CROSS JOIN LATERAL (SELECT ${NOW} - make_interval(hours => 1, days => (CASE WHEN s.k = 2 THEN 30 ELSE 0 END)
      + floor(power(s.r_at, 1.2) * least(s.age, CASE s.level WHEN 'high' THEN 9 WHEN 'medium' THEN 17 ELSE 35 END))::int) AS at) a;
    UPDATE cases c SET risk_level = (ARRAY['standard', 'medium', 'high'])[s.rank]
    FROM (SELECT case_id, max(CASE level WHEN 'standard' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END) AS rank
          FROM risk_assessments WHERE status = 'completed' GROUP BY case_id) s
    WHERE s.case_id = c.id;`);
  step('risk assessments');

  await script(`
    SELECT setseed(0.45);
    INSERT INTO supervisory_reviews (case_id, reviewed_by, reviewed_at, progress, risk_still_right, actions_agreed, next_review_on)
    SELECT r.id, r.supervisor_id, r.at, 'Progress reviewed.', true, 'Continue the agreed actions.',
      ((r.at AT TIME ZONE 'Europe/London')::date + CASE WHEN random() < 0.85 THEN 28 ELSE 14 END)
    FROM (
      SELECT c.id, c.supervisor_id, ${NOW} - make_interval(days => floor(c.r_review2 * least(c.age, 40))::int, hours => 2) AS at
      FROM bc_cases c WHERE NOT c.closed AND c.age > 10 AND c.r_review < 0.8
      UNION ALL
      SELECT c.id, c.supervisor_id, ${NOW} - make_interval(days => floor(c.r_review2 * least(c.age, 40))::int + 28, hours => 2)
      FROM bc_cases c WHERE NOT c.closed AND c.age > 50 AND c.r_review < 0.35
    ) r;
    INSERT INTO victim_contact_plans (case_id, person_id, method, frequency_days, agreed_on, created_by, created_at)
    SELECT p.case_id, p.person_id, (ARRAY['phone', 'email', 'letter', 'visit'])[1 + floor(random() * 4)::int],
      (ARRAY[7, 14, 21, 28])[1 + floor(random() * 4)::int], (p.added_at AT TIME ZONE 'Europe/London')::date, c.officer_id, p.added_at
    FROM bc_parties p JOIN bc_cases c ON c.i = p.i WHERE p.role = 'victim' AND NOT c.closed AND random() < 0.5;
    INSERT INTO victim_contacts (case_id, person_id, contacted_at, method, outcome, summary, recorded_by)
    SELECT v.case_id, v.person_id, v.at, 'phone', CASE WHEN random() < 0.85 THEN 'made' ELSE 'attempted' END, 'Victim updated.', v.officer_id
    FROM (
      SELECT p.case_id, p.person_id, c.officer_id, ${NOW} - make_interval(days => floor(random() * least(c.age, 30))::int, hours => 3) AS at
      FROM bc_parties p JOIN bc_cases c ON c.i = p.i CROSS JOIN generate_series(1, 2) k
      WHERE p.role = 'victim' AND NOT c.closed AND random() + 0 * p.i < CASE k WHEN 1 THEN 0.75 ELSE 0.4 END
      OFFSET 0
    ) v;
    INSERT INTO case_shares (case_id, organisation_id, reason, shared_by, shared_at)
    SELECT c.id, o.id, 'Joint problem-solving', c.officer_id, c.opened_at + interval '1 day'
    FROM bc_cases c JOIN bc_orgs o ON o.i = CASE WHEN c.org_i = 1 THEN 2 + (c.i % 10) ELSE 1 END
    WHERE c.i % 20 = 0;
    DROP TABLE bc_orgs, bc_districts, bc_cases, bc_parties;
    ANALYZE;`);
  step('reviews, contact plans and contacts; ANALYZE');

  const count = async (table: 'case_parties' | 'risk_assessments' | 'supervisory_reviews' | 'victim_contact_plans' | 'victim_contacts') =>
    Number(
      (
        await handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    openCases: o.openCases,
    closedCases: o.closedCases,
    parties: await count('case_parties'),
    assessments: await count('risk_assessments'),
    reviews: await count('supervisory_reviews'),
    contactPlans: await count('victim_contact_plans'),
    contacts: await count('victim_contacts'),
    seconds: (performance.now() - started) / 1000,
    steps,
  };
}
