-- Recording a report and the point-of-report checks (issue 3): contact details and matching
-- keys on people, vulnerabilities, call-handling answers and flags on incidents, versioned
-- configuration for call-handling questions and for the partnership's LOCAL rules, and the
-- first shape of cases (extended by the case-management migration).

-- People: contact details and normalised keys for matching -----------------------------------
ALTER TABLE people
  ADD COLUMN phone          text,
  ADD COLUMN email          text,
  ADD COLUMN address        text,
  ADD COLUMN postcode       text,
  -- Normalised by src/domain/people/normalise.ts at write time (one rule, both engines).
  ADD COLUMN name_key       text,   -- "forename surname", lower case, accents and punctuation removed
  ADD COLUMN surname_key    text,   -- surname alone, normalised the same way
  ADD COLUMN phone_key      text,   -- UK national digits, e.g. 07700900123
  ADD COLUMN postcode_key   text,   -- upper case, no spaces, e.g. LE11AA
  ADD COLUMN email_key      text;   -- lower case, trimmed

UPDATE people SET
  name_key = lower(forename || ' ' || surname),
  surname_key = lower(surname);

CREATE INDEX people_name_trgm_idx ON people USING gin (name_key gin_trgm_ops);
CREATE INDEX people_surname_trgm_idx ON people USING gin (surname_key gin_trgm_ops);
CREATE INDEX people_surname_dmetaphone_idx ON people (dmetaphone(surname_key));
CREATE INDEX people_dob_idx ON people (date_of_birth);
CREATE INDEX people_phone_idx ON people (phone_key);
CREATE INDEX people_postcode_idx ON people (postcode_key);
CREATE INDEX people_email_idx ON people (email_key);

-- Vulnerabilities recorded about a person, when and by whom (never overwritten).
CREATE TABLE person_vulnerabilities (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id       uuid NOT NULL REFERENCES people (id),
  incident_id     uuid REFERENCES incidents (id),
  factors         text[] NOT NULL,          -- codes from the call-handling questionnaire
  notes           text,
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  recorded_by     uuid REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_vulnerabilities_person_idx ON person_vulnerabilities (person_id);

-- Incidents: what the call handler recorded --------------------------------------------------
ALTER TABLE incidents
  ADD COLUMN channel                 text,     -- phone, online, in person, email, partner referral
  ADD COLUMN crime_linked            boolean NOT NULL DEFAULT false,
  ADD COLUMN crime_reference         text,
  ADD COLUMN child_involved          boolean NOT NULL DEFAULT false,
  ADD COLUMN lead_agency             text CHECK (lead_agency IN ('police', 'partner')),
  ADD COLUMN lead_agency_reason      text,
  ADD COLUMN questionnaire_version   integer,
  ADD COLUMN call_answers            jsonb,
  -- The caller was told of their right to request an ASB Case Review (s.104 2014 Act; DOMAIN.md §3.6).
  ADD COLUMN case_review_explained_at timestamptz,
  ADD COLUMN case_review_explained_by uuid REFERENCES users (id);

CREATE INDEX incidents_reported_idx ON incidents (reported_at);
CREATE INDEX incidents_grid_idx ON incidents (easting, northing);
CREATE INDEX incidents_lsoa21_reported_idx ON incidents (lsoa21_code, reported_at, month);
CREATE INDEX incidents_location_trgm_idx ON incidents USING gin (lower(location_text) gin_trgm_ops);

-- Configuration, versioned ------------------------------------------------------------------

-- The standard call-handling questions (issue 3 journey step 2). A new version is a new row;
-- an incident keeps the version it was asked with.
CREATE TABLE call_handling_questionnaires (
  version     integer PRIMARY KEY,
  questions   jsonb NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES users (id)
);

-- LOCAL and UNVERIFIED rules (DOMAIN.md conventions) as configuration with history: the newest
-- row per (scope, key) is in force. scope is 'partnership' or a district GSS code.
CREATE TABLE rule_settings (
  id         bigserial PRIMARY KEY,
  scope      text NOT NULL DEFAULT 'partnership',
  key        text NOT NULL,
  value      jsonb NOT NULL,
  changed_by uuid REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rule_settings_key_idx ON rule_settings (scope, key, id DESC);

-- Cases, first shape: enough to say "open cases involving the same people or place" ---------
CREATE SEQUENCE case_reference_seq;

CREATE TABLE cases (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference            text NOT NULL UNIQUE,
  status               text NOT NULL DEFAULT 'open',
  lead_organisation_id uuid NOT NULL REFERENCES organisations (id),
  lead_officer_id      uuid REFERENCES users (id),
  summary              text,
  opened_at            timestamptz NOT NULL DEFAULT now(),
  closed_at            timestamptz,
  synthetic            boolean NOT NULL DEFAULT false
);
CREATE INDEX cases_open_idx ON cases (status) WHERE closed_at IS NULL;

CREATE TABLE case_incidents (
  case_id     uuid NOT NULL REFERENCES cases (id),
  incident_id uuid NOT NULL REFERENCES incidents (id),
  PRIMARY KEY (case_id, incident_id)
);
CREATE INDEX case_incidents_incident_idx ON case_incidents (incident_id);

-- Multi-page forms in progress (the report journey), kept per user so nothing is lost between
-- pages; deleted when the form is submitted.
CREATE TABLE form_drafts (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL,
  user_id         uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  data            jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX form_drafts_user_idx ON form_drafts (user_id, kind);
