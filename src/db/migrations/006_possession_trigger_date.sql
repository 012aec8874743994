-- The date of the trigger event of an absolute ground for possession (s.84A Housing Act 1985;
-- Ground 7A Housing Act 1988): the day of the conviction, the court's finding or the closure
-- order, from which the time to give the notice runs (s.83ZA HA 1985; DOMAIN.md §2.2 rule 10).
-- The rule is in src/domain/powers/rules-court.ts. Nullable: interventions recorded before this
-- migration, and every other type of intervention, have none.

ALTER TABLE interventions ADD COLUMN trigger_event_on date;   -- YYYY-MM-DD, Europe/London
