-- What the dashboards aggregate, one narrow row per scored call, written with the report in
-- the same transaction (and rewritten by `parley rescore`). Reports stay the record; these rows
-- let a cohort of 1,000 trainees x 100 calls be summed by indexed SQL instead of parsing JSON.
CREATE TABLE call_facts (
  call_id     TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  scenario_id TEXT NOT NULL,
  mode        TEXT NOT NULL CHECK (mode IN ('practice', 'assessment')),
  ended_at    TEXT NOT NULL,
  -- UTC day and the Monday of its week, both YYYY-MM-DD: date filters and weekly trends.
  ended_day   TEXT NOT NULL,
  week        TEXT NOT NULL,
  score       INTEGER NOT NULL,
  passed      INTEGER NOT NULL CHECK (passed IN (0, 1)),
  critical    INTEGER NOT NULL,
  violations  INTEGER NOT NULL,
  -- The report's five competency scores (0-100).
  communication       INTEGER NOT NULL,
  negotiation         INTEGER NOT NULL,
  attention_to_detail INTEGER NOT NULL,
  resilience          INTEGER NOT NULL,
  adaptability        INTEGER NOT NULL,
  -- Each negotiation criterion's share of its points (0-100) in the slot criterion_slots gives
  -- it; NULL when the criterion did not apply to the call.
  c0  INTEGER,
  c1  INTEGER,
  c2  INTEGER,
  c3  INTEGER,
  c4  INTEGER,
  c5  INTEGER,
  c6  INTEGER,
  c7  INTEGER,
  c8  INTEGER,
  c9  INTEGER,
  c10 INTEGER,
  c11 INTEGER,
  c12 INTEGER,
  c13 INTEGER,
  c14 INTEGER,
  c15 INTEGER,
  c16 INTEGER,
  c17 INTEGER,
  c18 INTEGER,
  c19 INTEGER,
  c20 INTEGER,
  c21 INTEGER,
  c22 INTEGER,
  c23 INTEGER
,
  -- Clustered by trainee and day: a cohort's dashboard reads each trainee's calls in one run.
  PRIMARY KEY (user_id, mode, ended_day, call_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX call_facts_call ON call_facts(call_id);

-- A permanent column for each criterion id ever scored (c0..c23).
CREATE TABLE criterion_slots (
  criterion TEXT PRIMARY KEY,
  slot      INTEGER NOT NULL UNIQUE CHECK (slot BETWEEN 0 AND 23)
);

-- One row per violation of a scored call, clustered like call_facts.
CREATE TABLE violation_facts (
  user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  mode        TEXT NOT NULL,
  ended_day   TEXT NOT NULL,
  call_id     TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
  -- The violation's place in the report.
  n           INTEGER NOT NULL,
  scenario_id TEXT NOT NULL,
  week        TEXT NOT NULL,
  rule        TEXT NOT NULL,
  severity    TEXT NOT NULL,
  turn        INTEGER,
  PRIMARY KEY (user_id, mode, ended_day, call_id, n)
) WITHOUT ROWID;
CREATE INDEX violation_facts_call ON violation_facts(call_id);

-- call_facts summed per trainee, week and scenario, kept in step by the same writes (a re-scored
-- call's old figures are taken out before its new ones go in). Dashboards read the per-criterion,
-- per-scenario and per-trainee totals from here: a few rows per trainee-week instead of every call.
CREATE TABLE week_stats (
  user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  mode           TEXT NOT NULL,
  week           TEXT NOT NULL,
  scenario_id    TEXT NOT NULL,
  calls          INTEGER NOT NULL,
  passes         INTEGER NOT NULL,
  score_sum      INTEGER NOT NULL,
  critical_calls INTEGER NOT NULL,
  violations     INTEGER NOT NULL,
  last_ended_at  TEXT NOT NULL,
  -- Per criterion slot: the summed shares and how many calls it applied to.
  s0  INTEGER NOT NULL DEFAULT 0, n0  INTEGER NOT NULL DEFAULT 0,
  s1  INTEGER NOT NULL DEFAULT 0, n1  INTEGER NOT NULL DEFAULT 0,
  s2  INTEGER NOT NULL DEFAULT 0, n2  INTEGER NOT NULL DEFAULT 0,
  s3  INTEGER NOT NULL DEFAULT 0, n3  INTEGER NOT NULL DEFAULT 0,
  s4  INTEGER NOT NULL DEFAULT 0, n4  INTEGER NOT NULL DEFAULT 0,
  s5  INTEGER NOT NULL DEFAULT 0, n5  INTEGER NOT NULL DEFAULT 0,
  s6  INTEGER NOT NULL DEFAULT 0, n6  INTEGER NOT NULL DEFAULT 0,
  s7  INTEGER NOT NULL DEFAULT 0, n7  INTEGER NOT NULL DEFAULT 0,
  s8  INTEGER NOT NULL DEFAULT 0, n8  INTEGER NOT NULL DEFAULT 0,
  s9  INTEGER NOT NULL DEFAULT 0, n9  INTEGER NOT NULL DEFAULT 0,
  s10 INTEGER NOT NULL DEFAULT 0, n10 INTEGER NOT NULL DEFAULT 0,
  s11 INTEGER NOT NULL DEFAULT 0, n11 INTEGER NOT NULL DEFAULT 0,
  s12 INTEGER NOT NULL DEFAULT 0, n12 INTEGER NOT NULL DEFAULT 0,
  s13 INTEGER NOT NULL DEFAULT 0, n13 INTEGER NOT NULL DEFAULT 0,
  s14 INTEGER NOT NULL DEFAULT 0, n14 INTEGER NOT NULL DEFAULT 0,
  s15 INTEGER NOT NULL DEFAULT 0, n15 INTEGER NOT NULL DEFAULT 0,
  s16 INTEGER NOT NULL DEFAULT 0, n16 INTEGER NOT NULL DEFAULT 0,
  s17 INTEGER NOT NULL DEFAULT 0, n17 INTEGER NOT NULL DEFAULT 0,
  s18 INTEGER NOT NULL DEFAULT 0, n18 INTEGER NOT NULL DEFAULT 0,
  s19 INTEGER NOT NULL DEFAULT 0, n19 INTEGER NOT NULL DEFAULT 0,
  s20 INTEGER NOT NULL DEFAULT 0, n20 INTEGER NOT NULL DEFAULT 0,
  s21 INTEGER NOT NULL DEFAULT 0, n21 INTEGER NOT NULL DEFAULT 0,
  s22 INTEGER NOT NULL DEFAULT 0, n22 INTEGER NOT NULL DEFAULT 0,
  s23 INTEGER NOT NULL DEFAULT 0, n23 INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, mode, week, scenario_id)
) WITHOUT ROWID;

-- What a cohort's trainees must do: a scenario, by a date, to a score, within a number of attempts.
CREATE TABLE assignments (
  id               INTEGER PRIMARY KEY,
  cohort_id        INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
  scenario_id      TEXT NOT NULL,
  due_on           TEXT NOT NULL,
  required_score   INTEGER NOT NULL CHECK (required_score BETWEEN 0 AND 100),
  attempts_allowed INTEGER CHECK (attempts_allowed IS NULL OR attempts_allowed >= 1),
  created_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at       TEXT NOT NULL,
  UNIQUE (cohort_id, scenario_id)
);
CREATE INDEX assignments_cohort ON assignments(cohort_id, due_on);

-- The cohort's call-ready rule as JSON (see src/domain/analytics/readiness.ts); NULL = the default.
ALTER TABLE cohorts ADD COLUMN readiness_rule TEXT;

-- Each cohort trainee's call-ready status under the cohort's rule, kept current when one of
-- their calls is scored, when they join, and when the rule changes.
CREATE TABLE readiness_status (
  cohort_id    INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  ready        INTEGER NOT NULL CHECK (ready IN (0, 1)),
  -- Attempts it took to first become ready; NULL while not yet.
  ready_after  INTEGER,
  attempts     INTEGER NOT NULL,
  -- The readiness() status as JSON: what is still missing.
  status       TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  PRIMARY KEY (cohort_id, user_id)
) WITHOUT ROWID;
