-- A trainer's setting per cohort: live coaching hints during practice calls (never in assessments).
ALTER TABLE cohorts ADD COLUMN practice_hints INTEGER NOT NULL DEFAULT 0 CHECK (practice_hints IN (0, 1));
