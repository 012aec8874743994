-- Point-of-report check and person search at scale (bench/README.md, `npm run bench:report`):
-- indexes for the candidate query's surname branches (db/repositories/people-search.ts) and for
-- incidentsNear's square (db/repositories/check-facts.ts). Plain SQL for PostgreSQL 15 and
-- PGlite alike. No btree_gin: loaded beside pg_trgm in PGlite 0.5.16 it breaks pg_trgm's `%`
-- (queries return nothing and the instance hangs, depending on the order the libraries load).

-- Surname branch: "same surname family and the forename's initial", written with the initial in
-- each arm so that an index applies both and hands back only, say, the Patels whose name begins
-- with p (~1,400 of 13,600 among 300,000 people), not every Patel for a recheck.
-- Trigram arm, `left(name_key, 1) = 'p' AND surname_key % 'patel'`: one trigram index per
-- initial, a–z (together ~13 MB at 300,000 people, twice the one index over everyone, which
-- stays for a surname without a forename and for names beginning otherwise).
DO $$
DECLARE
  c text;
BEGIN
  FOREACH c IN ARRAY string_to_array('abcdefghijklmnopqrstuvwxyz', NULL) LOOP
    EXECUTE format('CREATE INDEX people_surname_trgm_%s_idx ON people USING gin (surname_key gin_trgm_ops) WHERE left(name_key, 1) = %L', c, c);
  END LOOP;
END
$$;
-- Phonetic arm, `dmetaphone(surname_key) IN (…) AND left(name_key, 1) IN (…)`; it also serves
-- dmetaphone(surname_key) alone, as people_surname_dmetaphone_idx did.
CREATE INDEX people_surname_code_initial_idx ON people (dmetaphone(surname_key), left(name_key, 1));
DROP INDEX people_surname_dmetaphone_idx;

-- incidentsNear: incidents in a square reported since a date (or, for open data without a
-- report time, since a month), like incidents_lsoa21_reported_idx for the LSOA. With the dates
-- in the index they are tested before the table is read: the busiest 200 m square holds ~2,700
-- incidents over three years at 1,000,000, ~200 of them reported in the last 90 days. It serves
-- every query of incidents_grid_idx (easting, northing), which goes.
CREATE INDEX incidents_grid_reported_idx ON incidents (easting, northing, reported_at, month);
DROP INDEX incidents_grid_idx;
