-- Concord foundation schema: organisations, staff, sessions, tokens, audit, reference data,
-- geography, people, incidents and police.uk crime records.
-- PostgreSQL 15 dialect only (also runs on PGlite). No PostGIS: geometry is GeoJSON text,
-- point-in-polygon happens in TypeScript at write time and results are stored as plain columns.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Organisations and staff -------------------------------------------------------------------

CREATE TABLE organisations (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('police', 'local_authority', 'housing_provider',
                                              'victim_service', 'youth_justice', 'other')),
  district_code text,
  contact_email text,
  active        boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_name_key ON organisations (lower(name));

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL,
  name          text NOT NULL,
  password_hash text NOT NULL,
  active        boolean NOT NULL DEFAULT true,
  synthetic     boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- A user holds roles in one or more organisations (DESIGN.md §3).
CREATE TABLE memberships (
  user_id         uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  role            text NOT NULL CHECK (role IN ('call_handler', 'officer', 'supervisor', 'asb_coordinator',
                                                 'analyst', 'partner_case_officer', 'administrator', 'auditor')),
  PRIMARY KEY (user_id, organisation_id, role)
);

-- Server-side sessions. The cookie carries a random token; only its SHA-256 is stored.
CREATE TABLE sessions (
  id_hash         text PRIMARY KEY,
  user_id         uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  csrf_token      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  name            text NOT NULL,
  role            text NOT NULL,
  token_hash      text NOT NULL UNIQUE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_used_at    timestamptz,
  revoked_at      timestamptz
);

-- Append-only audit log (CONVENTIONS.md habit 4). The trigger refuses UPDATE and DELETE on
-- both engines; on a server, grants can further restrict the application role.
CREATE TABLE audit_log (
  id              bigserial PRIMARY KEY,
  at              timestamptz NOT NULL DEFAULT now(),
  user_id         uuid,
  organisation_id uuid,
  api_token_id    uuid,
  action          text NOT NULL,
  entity_type     text,
  entity_id       text,
  outcome         text NOT NULL DEFAULT 'success',
  detail          jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip              text
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_user_idx ON audit_log (user_id, at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- Reference data: classification (DOMAIN.md §1.2–1.3) --------------------------------------

CREATE TABLE asb_categories (
  code        text PRIMARY KEY,
  name        text NOT NULL,
  description text NOT NULL
);

-- The incident-type list is versioned: every change writes a revision; the list itself holds
-- the current version of each type.
CREATE TABLE incident_types (
  code        text PRIMARY KEY,
  name        text NOT NULL,
  description text NOT NULL DEFAULT '',
  nsir_type   text,
  active      boolean NOT NULL DEFAULT true,
  sort_order  integer NOT NULL DEFAULT 0,
  version     integer NOT NULL DEFAULT 1,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE incident_type_revisions (
  id          bigserial PRIMARY KEY,
  code        text NOT NULL REFERENCES incident_types (code),
  version     integer NOT NULL,
  name        text NOT NULL,
  description text NOT NULL,
  nsir_type   text,
  active      boolean NOT NULL,
  changed_by  uuid REFERENCES users (id),
  changed_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version)
);

-- Geography (ONS / police.uk formats) ---------------------------------------------------------

CREATE TABLE community_safety_partnerships (
  code text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE districts (
  code       text PRIMARY KEY,           -- GSS code, e.g. E06000016
  name       text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('unitary', 'district')),
  utla_code  text NOT NULL,              -- upper-tier authority (E10000018 for the county districts)
  csp_code   text REFERENCES community_safety_partnerships (code),
  geometry   text,                       -- GeoJSON geometry, WGS84
  min_lon double precision, min_lat double precision, max_lon double precision, max_lat double precision
);

CREATE TABLE neighbourhood_policing_areas (
  code text PRIMARY KEY,
  name text NOT NULL
);

-- Configurable mapping to a neighbourhood policing area: a ward mapping wins over a district one.
CREATE TABLE npa_mappings (
  area_type text NOT NULL CHECK (area_type IN ('district', 'ward')),
  area_code text NOT NULL,
  npa_code  text NOT NULL REFERENCES neighbourhood_policing_areas (code),
  PRIMARY KEY (area_type, area_code)
);

-- Police neighbourhoods ("beats") as published by police.uk.
CREATE TABLE police_neighbourhoods (
  code     text PRIMARY KEY,
  name     text NOT NULL,
  npa_code text REFERENCES neighbourhood_policing_areas (code),
  geometry text
);

CREATE TABLE wards (
  code          text PRIMARY KEY,
  name          text NOT NULL,
  district_code text NOT NULL REFERENCES districts (code),
  geometry      text NOT NULL,
  min_lon double precision NOT NULL, min_lat double precision NOT NULL,
  max_lon double precision NOT NULL, max_lat double precision NOT NULL
);

-- Most LSOA codes are the same in the 2011 and 2021 sets, so a code is unique only per vintage.
CREATE TABLE lsoas (
  code          text NOT NULL,
  vintage       smallint NOT NULL CHECK (vintage IN (2011, 2021)),
  name          text NOT NULL,
  district_code text NOT NULL REFERENCES districts (code),
  geometry      text NOT NULL,
  min_lon double precision NOT NULL, min_lat double precision NOT NULL,
  max_lon double precision NOT NULL, max_lat double precision NOT NULL,
  PRIMARY KEY (code, vintage)
);
CREATE INDEX lsoas_district_idx ON lsoas (vintage, district_code);

-- People and incidents ------------------------------------------------------------------------

CREATE TABLE people (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  forename        text NOT NULL,
  surname         text NOT NULL,
  date_of_birth   date,
  organisation_id uuid NOT NULL REFERENCES organisations (id),  -- the agency that recorded them
  synthetic       boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE incident_reference_seq;

CREATE TABLE incidents (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference          text NOT NULL UNIQUE,
  source             text NOT NULL CHECK (source IN ('police.uk', 'staff', 'public', 'api', 'demo')),
  source_id          text,
  organisation_id    uuid REFERENCES organisations (id),  -- reporting agency; NULL for open data
  category           text REFERENCES asb_categories (code),
  incident_type_code text REFERENCES incident_types (code),
  month              date NOT NULL,                      -- first day of the month it happened (Europe/London)
  occurred_from      timestamptz,
  occurred_to        timestamptz,
  reported_at        timestamptz,
  description        text,
  hate_related       boolean NOT NULL DEFAULT false,
  synthetic          boolean NOT NULL DEFAULT false,
  -- place, derived at write time
  location_text      text,
  latitude           double precision,
  longitude          double precision,
  easting            integer,
  northing           integer,
  lsoa11_code        text,
  lsoa21_code        text,
  ward_code          text,
  district_code      text REFERENCES districts (code),
  csp_code           text,
  npa_code           text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  created_by         uuid REFERENCES users (id)
);
CREATE UNIQUE INDEX incidents_source_key ON incidents (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX incidents_month_district_idx ON incidents (month, district_code);
CREATE INDEX incidents_lsoa11_idx ON incidents (lsoa11_code);
CREATE INDEX incidents_lsoa21_idx ON incidents (lsoa21_code);

CREATE TABLE incident_parties (
  incident_id uuid NOT NULL REFERENCES incidents (id),
  person_id   uuid NOT NULL REFERENCES people (id),
  role        text NOT NULL CHECK (role IN ('victim', 'complainant', 'witness', 'perpetrator', 'subject')),
  PRIMARY KEY (incident_id, person_id, role)
);
CREATE INDEX incident_parties_person_idx ON incident_parties (person_id);

-- police.uk crimes other than ASB, kept for proxy analysis (DOMAIN.md; LLR action plan §2.10).
CREATE TABLE police_crimes (
  crime_id      text PRIMARY KEY,
  month         date NOT NULL,
  crime_type    text NOT NULL,
  asb_proxy     boolean NOT NULL,
  outcome       text,
  location_text text,
  latitude      double precision,
  longitude     double precision,
  easting       integer,
  northing      integer,
  lsoa11_code   text,
  lsoa21_code   text,
  ward_code     text,
  district_code text,
  csp_code      text,
  npa_code      text
);
CREATE INDEX police_crimes_month_district_idx ON police_crimes (month, district_code);

-- One row per police.uk file imported, by content hash.
CREATE TABLE import_runs (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source          text NOT NULL,
  file_name       text NOT NULL,
  file_sha256     text NOT NULL,
  rows_read       integer NOT NULL,
  incidents_added integer NOT NULL,
  crimes_added    integer NOT NULL,
  outside_area    integer NOT NULL,
  rejected        integer NOT NULL,
  summary         jsonb NOT NULL,
  imported_by     uuid REFERENCES users (id),
  imported_at     timestamptz NOT NULL DEFAULT now()
);

-- Long-running work started from the browser (imports), with progress for the page to poll.
CREATE TABLE jobs (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL,
  status          text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  progress_done   integer NOT NULL DEFAULT 0,
  progress_total  integer NOT NULL DEFAULT 0,
  result          jsonb,
  error           text,
  created_by      uuid REFERENCES users (id),
  organisation_id uuid REFERENCES organisations (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz
);
