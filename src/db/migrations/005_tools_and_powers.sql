-- Tools and powers on the Incremental Approach (issue 5): the register of intervention types
-- (reference data, new types without code), interventions recorded on cases with their legal
-- particulars, breaches, letter templates (versioned, editable) and the letters produced.
-- The statutory rules themselves are pure functions in src/domain/powers (DOMAIN.md §2.1–2.2).

CREATE TABLE intervention_types (
  code          text PRIMARY KEY,            -- e.g. 'cpw', 'cpn', 'civil_injunction'; rules key off known codes
  name          text NOT NULL,
  -- Rung on the partnership's Incremental Approach ladder (1 = earliest; LOCAL, DOMAIN.md §2.3);
  -- NULL for area/premises measures that are not a step against a person (PSPO, dispersal authorisation).
  tier          integer,
  statutory     boolean NOT NULL DEFAULT false,
  -- What it may be against: any of 'person', 'body', 'premises', 'area'.
  subject_kinds text[] NOT NULL,
  legal_source  text,                        -- e.g. 's.43 ASB, Crime and Policing Act 2014'
  description   text,
  active        boolean NOT NULL DEFAULT true,
  sort_order    integer NOT NULL DEFAULT 0,
  updated_by    uuid REFERENCES users (id),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE interventions (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id             uuid NOT NULL REFERENCES cases (id),
  type_code           text NOT NULL REFERENCES intervention_types (code),
  subject_kind        text NOT NULL CHECK (subject_kind IN ('person', 'body', 'premises', 'area')),
  person_id           uuid REFERENCES people (id),   -- a party of the case, when against a person
  subject_text        text,                           -- the body's name, the premises' address or the area
  organisation_id     uuid NOT NULL REFERENCES organisations (id),
  officer_id          uuid REFERENCES users (id),
  conduct             text NOT NULL,                  -- the behaviour it addresses
  terms               text,                           -- terms, requirements or prohibitions
  -- When: London dates, plus exact instants where the law counts hours.
  issued_on           date NOT NULL,                  -- issued, served, made or agreed
  served_at           timestamptz,                    -- closure notice, dispersal: the exact time
  starts_on           date,
  ends_on             date,                           -- fixed end, if any
  ends_at             timestamptz,                    -- hour-counted end (closure notice, dispersal)
  compliance_due_on   date,                           -- CPW: time given to comply ends on
  review_on           date,
  -- Links the law needs: CPN → its CPW; dispersal direction → its authorisation; closure order →
  -- its closure notice; closure order extension → the order.
  linked_intervention_id uuid REFERENCES interventions (id),
  authorised_by_rank  text,                           -- 'inspector', 'superintendent', 'la_chief_executive', …
  authorised_in_writing boolean,
  grounds             text,
  court               text,                           -- 'youth', 'magistrates', 'county', 'crown', 'high'
  hearing_at          timestamptz,                    -- closure order hearing
  youth_justice_consulted_on date,                    -- under-18 injunction / CBO: YOT consultation or views
  youth_justice_views text,
  conviction_reference text,                          -- CBO: the conviction it rests on
  trigger_event       text,                           -- absolute ground for possession: one of the five conditions
  first_time_entrant  boolean,                        -- under-18 subject: entering the youth justice system for the first time
  -- Proportionality: a tier skipped on the ladder is allowed with a reason (DOMAIN.md §2.3).
  skip_reason         text,
  outcome             text CHECK (outcome IN ('complied', 'breached', 'varied', 'discharged', 'appealed', 'expired', 'withdrawn')),
  outcome_on          date,
  outcome_notes       text,
  details             jsonb NOT NULL DEFAULT '{}'::jsonb,   -- type-specific extras (e.g. fixed penalty amount)
  created_by          uuid REFERENCES users (id),
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interventions_case_idx ON interventions (case_id, issued_on);
CREATE INDEX interventions_person_idx ON interventions (person_id, type_code);
CREATE INDEX interventions_report_idx ON interventions (issued_on, organisation_id, type_code);

CREATE TABLE intervention_breaches (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  intervention_id uuid NOT NULL REFERENCES interventions (id),
  breached_on     date NOT NULL,
  details         text NOT NULL,
  action_taken    text,
  recorded_by     uuid REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intervention_breaches_idx ON intervention_breaches (intervention_id);

-- Letter templates (pro formas) that administrators edit: each edit is a new version; letters keep
-- the version they were produced from. Merge fields are written {{ field.name }}.
CREATE TABLE letter_templates (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code         text NOT NULL,                 -- 'warning_letter', 'cpw', 'cpn', 'abc', 'interview_invitation', 'case_closure_victim'
  version      integer NOT NULL,
  name         text NOT NULL,
  recipient    text NOT NULL CHECK (recipient IN ('perpetrator', 'victim', 'any')),
  subject      text NOT NULL,
  body         text NOT NULL,
  published_by uuid REFERENCES users (id),
  published_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, version)
);

CREATE TABLE letters (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id           uuid NOT NULL REFERENCES cases (id),
  template_id       uuid NOT NULL REFERENCES letter_templates (id),
  intervention_id   uuid REFERENCES interventions (id),
  person_id         uuid REFERENCES people (id),      -- the recipient
  method            text,                             -- how it is sent: the victim's contact plan method, or 'letter'
  docx_document_id  uuid NOT NULL REFERENCES case_documents (id),
  pdf_document_id   uuid NOT NULL REFERENCES case_documents (id),
  produced_by       uuid REFERENCES users (id),
  produced_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX letters_case_idx ON letters (case_id, produced_at DESC);
