-- Case management (issue 4): cases with parties, flags, status workflow and closure; the case
-- timeline (append-only case events); notes and documents; sharing with other organisations;
-- versioned risk questionnaires and risk assessments; referrals with consent; supervisory
-- reviews; victim contact plans and contacts; the email outbox; scheduled runs.
-- Due dates are computed from these facts by src/domain/cases/due.ts (one rule) and kept in
-- case_due / case_contact_due by the services that change the facts, so queues and compliance
-- figures are SQL over dates (the rule itself never runs in SQL).

-- Users: the area a supervisor looks after (an NPA or district code; NULL = whole organisation).
ALTER TABLE users ADD COLUMN area_code text;

-- Cases ---------------------------------------------------------------------------------------
ALTER TABLE cases
  ADD CONSTRAINT cases_status_check CHECK (status IN ('open', 'active', 'under_review', 'closed')),
  ADD COLUMN category            text REFERENCES asb_categories (code),
  ADD COLUMN incident_type_code  text REFERENCES incident_types (code),
  ADD COLUMN child_involved      boolean NOT NULL DEFAULT false,
  ADD COLUMN hate_related        boolean NOT NULL DEFAULT false,
  ADD COLUMN high_risk           boolean NOT NULL DEFAULT false,   -- set by staff (flag)
  -- Highest level of the latest completed assessments ('standard' | 'medium' | 'high'), kept by
  -- the risk service so queues can sort by it; NULL until one is completed.
  ADD COLUMN risk_level          text CHECK (risk_level IN ('standard', 'medium', 'high')),
  -- main location, placed at write time like incidents
  ADD COLUMN location_text       text,
  ADD COLUMN latitude            double precision,
  ADD COLUMN longitude           double precision,
  ADD COLUMN easting             integer,
  ADD COLUMN northing            integer,
  ADD COLUMN lsoa21_code         text,
  ADD COLUMN ward_code           text,
  ADD COLUMN district_code       text REFERENCES districts (code),
  ADD COLUMN csp_code            text,
  ADD COLUMN npa_code            text,
  -- closure
  ADD COLUMN outcome             text CHECK (outcome IN ('resolved', 'no_further_action', 'transferred',
                                                        'unable_to_progress', 'victim_withdrew', 'other')),
  ADD COLUMN outcome_notes       text,
  ADD COLUMN victim_view         text CHECK (victim_view IN ('satisfied', 'neither', 'dissatisfied', 'not_given')),
  ADD COLUMN victim_view_notes   text,
  ADD COLUMN created_by          uuid REFERENCES users (id),
  ADD COLUMN updated_at          timestamptz NOT NULL DEFAULT now();

CREATE INDEX cases_lead_idx ON cases (lead_organisation_id, status);
CREATE INDEX cases_officer_idx ON cases (lead_officer_id) WHERE closed_at IS NULL;

ALTER TABLE case_incidents
  ADD COLUMN linked_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN linked_by uuid REFERENCES users (id);

-- People on the case with their role there (a person may hold more than one).
CREATE TABLE case_parties (
  case_id    uuid NOT NULL REFERENCES cases (id),
  person_id  uuid NOT NULL REFERENCES people (id),
  role       text NOT NULL CHECK (role IN ('victim', 'complainant', 'perpetrator', 'witness',
                                           'parent_guardian', 'professional')),
  added_at   timestamptz NOT NULL DEFAULT now(),
  added_by   uuid REFERENCES users (id),
  removed_at timestamptz,
  PRIMARY KEY (case_id, person_id, role)
);
CREATE INDEX case_parties_person_idx ON case_parties (person_id);

-- The timeline: append-only (CONVENTIONS.md habit 4), refused UPDATE/DELETE like audit_log.
CREATE TABLE case_events (
  id              bigserial PRIMARY KEY,
  case_id         uuid NOT NULL REFERENCES cases (id),
  at              timestamptz NOT NULL DEFAULT now(),
  user_id         uuid REFERENCES users (id),
  organisation_id uuid REFERENCES organisations (id),
  kind            text NOT NULL,   -- e.g. opened, status, incident_linked, party_added, note, document, shared, risk_assessment, review, contact
  summary         text NOT NULL,   -- one line for the timeline
  body            text,            -- a note's text
  detail          jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX case_events_case_idx ON case_events (case_id, at DESC);
CREATE FUNCTION case_events_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only';
END;
$$;
CREATE TRIGGER case_events_no_update BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_is_append_only();

-- Documents kept in the database (content) or a configured store (storage_key), with a checksum.
CREATE TABLE case_documents (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id       uuid NOT NULL REFERENCES cases (id),
  document_type text NOT NULL,
  file_name     text NOT NULL,
  content_type  text NOT NULL,
  size_bytes    integer NOT NULL,
  sha256        text NOT NULL,
  content       bytea,
  storage_key   text,
  uploaded_by   uuid REFERENCES users (id),
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (content IS NOT NULL OR storage_key IS NOT NULL)
);
CREATE INDEX case_documents_case_idx ON case_documents (case_id);

-- Sharing a case with another organisation of the partnership (s.115 CDA 1998 / the ISA).
CREATE TABLE case_shares (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES cases (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  reason          text NOT NULL,
  shared_by       uuid REFERENCES users (id),
  shared_at       timestamptz NOT NULL DEFAULT now(),
  revoked_by      uuid REFERENCES users (id),
  revoked_at      timestamptz,
  revoke_reason   text
);
CREATE UNIQUE INDEX case_shares_active_key ON case_shares (case_id, organisation_id) WHERE revoked_at IS NULL;
CREATE INDEX case_shares_org_idx ON case_shares (organisation_id) WHERE revoked_at IS NULL;

-- Risk ----------------------------------------------------------------------------------------

-- Versioned questionnaires held as configuration (DOMAIN.md §4.2: wording, weights and bands are
-- LOCAL/UNVERIFIED). A new version is a new row; an assessment keeps the version it was made with.
CREATE TABLE risk_questionnaires (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind         text NOT NULL CHECK (kind IN ('victim', 'perpetrator', 'case')),
  version      integer NOT NULL,
  definition   jsonb NOT NULL,   -- sections, questions, options with scores, bands: src/domain/risk
  published_at timestamptz NOT NULL DEFAULT now(),
  published_by uuid REFERENCES users (id),
  UNIQUE (kind, version)
);

CREATE TABLE risk_assessments (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id          uuid NOT NULL REFERENCES cases (id),
  kind             text NOT NULL CHECK (kind IN ('victim', 'perpetrator', 'case')),
  person_id        uuid REFERENCES people (id),      -- the victim or perpetrator; NULL for 'case'
  questionnaire_id uuid NOT NULL REFERENCES risk_questionnaires (id),
  answers          jsonb NOT NULL DEFAULT '{}'::jsonb,
  status           text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed')),
  score            integer,
  scored_level     text CHECK (scored_level IN ('standard', 'medium', 'high')),
  override_level   text CHECK (override_level IN ('standard', 'medium', 'high')),
  override_reason  text,
  level            text CHECK (level IN ('standard', 'medium', 'high')),  -- override or scored
  started_by       uuid REFERENCES users (id),
  started_at       timestamptz NOT NULL DEFAULT now(),
  completed_by     uuid REFERENCES users (id),
  completed_at     timestamptz,
  CHECK (override_level IS NULL OR override_reason IS NOT NULL)
);
CREATE INDEX risk_assessments_case_idx ON risk_assessments (case_id, kind, completed_at DESC);

-- Referrals to support services (e.g. Victim First, DOMAIN.md §5.2) with consent as data (§5.3).
CREATE TABLE referrals (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id          uuid NOT NULL REFERENCES cases (id),
  person_id        uuid NOT NULL REFERENCES people (id),
  service          text NOT NULL,              -- e.g. 'Victim First'
  consent          text NOT NULL CHECK (consent IN ('given', 'refused', 'not_asked')),
  consent_notes    text,
  risk_assessment_id uuid REFERENCES risk_assessments (id),
  referred_by      uuid REFERENCES users (id),
  referred_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referrals_case_idx ON referrals (case_id);

-- Supervisory reviews (LLR action plan action 2c: at least every 28 days, interval configurable).
CREATE TABLE supervisory_reviews (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id          uuid NOT NULL REFERENCES cases (id),
  reviewed_by      uuid NOT NULL REFERENCES users (id),
  reviewed_at      timestamptz NOT NULL DEFAULT now(),
  progress         text NOT NULL,
  risk_still_right boolean NOT NULL,
  risk_comment     text,
  actions_agreed   text NOT NULL,
  next_review_on   date NOT NULL,               -- Europe/London date
  comments         text
);
CREATE INDEX supervisory_reviews_case_idx ON supervisory_reviews (case_id, reviewed_at DESC);

-- Victim contact (Victims' Code, DOMAIN.md §5.1): plans agreed with the victim (newest in force)
-- and the log of contacts attempted and made.
CREATE TABLE victim_contact_plans (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id        uuid NOT NULL REFERENCES cases (id),
  person_id      uuid NOT NULL REFERENCES people (id),
  method         text NOT NULL CHECK (method IN ('phone', 'email', 'letter', 'visit', 'via_named_person')),
  via_name       text,
  frequency_days integer NOT NULL CHECK (frequency_days BETWEEN 1 AND 365),
  times_to_avoid text,
  agreed_on      date NOT NULL,
  created_by     uuid REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX victim_contact_plans_idx ON victim_contact_plans (case_id, person_id, created_at DESC);

CREATE TABLE victim_contacts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id      uuid NOT NULL REFERENCES cases (id),
  person_id    uuid NOT NULL REFERENCES people (id),
  contacted_at timestamptz NOT NULL,
  method       text NOT NULL CHECK (method IN ('phone', 'email', 'letter', 'visit', 'via_named_person')),
  outcome      text NOT NULL CHECK (outcome IN ('made', 'attempted')),
  summary      text NOT NULL,
  recorded_by  uuid REFERENCES users (id),
  recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX victim_contacts_idx ON victim_contacts (case_id, person_id, contacted_at DESC);

-- Email and scheduled work -----------------------------------------------------------------

-- Every email Concord sends goes through here: sent by SMTP when configured, otherwise kept for
-- administrators to read (the outbox page).
CREATE TABLE emails (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind            text NOT NULL,              -- e.g. 'weekly_compliance', 'high_risk'
  to_address      text NOT NULL,
  subject         text NOT NULL,
  body_text       text NOT NULL,
  organisation_id uuid REFERENCES organisations (id),
  status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'outbox')),
  claimed_at      timestamptz,                -- when a sender took it (status 'sending')
  attempts        integer NOT NULL DEFAULT 0,
  error           text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX emails_status_idx ON emails (status, created_at);
CREATE INDEX emails_created_idx ON emails (created_at DESC);

-- One row per run of a scheduled task and period (e.g. 'weekly_compliance', '2026-W47'): the
-- unique key makes a period's run happen once however many app instances race for it.
CREATE TABLE scheduled_runs (
  task        text NOT NULL,
  period_key  text NOT NULL,
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  result      jsonb,
  error       text,
  PRIMARY KEY (task, period_key)
);

-- Due dates projected from each case's facts by domain/cases/due.ts (services/cases/refresh-case-due.ts),
-- Europe/London dates. Whether something is late is then `due_on < today`, in SQL.
CREATE TABLE case_due (
  case_id          uuid PRIMARY KEY REFERENCES cases (id),
  risk_due_on      date,      -- earliest due date among the case, victim and perpetrator assessments
  risk_never_done  integer NOT NULL DEFAULT 0,  -- required assessments with none completed yet
  review_due_on    date,      -- next supervisory review
  contact_due_on   date,      -- earliest next contact among the victims
  computed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_due_review_idx ON case_due (review_due_on);
CREATE INDEX case_due_risk_idx ON case_due (risk_due_on);

CREATE TABLE case_contact_due (
  case_id    uuid NOT NULL REFERENCES cases (id),
  person_id  uuid NOT NULL REFERENCES people (id),
  due_on     date NOT NULL,
  has_plan   boolean NOT NULL,
  ever_made  boolean NOT NULL,
  PRIMARY KEY (case_id, person_id)
);
