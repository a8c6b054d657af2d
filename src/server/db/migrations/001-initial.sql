-- People who use Parley. Candidates arrive later through assessment invites.
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name          TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'trainer', 'reviewer', 'trainee', 'candidate')),
  password_hash TEXT,
  created_at    TEXT NOT NULL
);

-- Login sessions. Only a SHA-256 of the cookie token is stored, so a copy of the
-- database cannot be replayed as a login.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE cohorts (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- Trainees and trainers of a cohort.
CREATE TABLE cohort_members (
  cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
  user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('trainer', 'trainee')),
  PRIMARY KEY (cohort_id, user_id)
);
CREATE INDEX cohort_members_user ON cohort_members(user_id);

-- One mock call. `snapshot` is the customer machine's latest persisted snapshot, so a
-- call resumes exactly where it was after a reload or a server restart.
CREATE TABLE calls (
  id             TEXT PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users(id),
  scenario_id    TEXT NOT NULL,
  mode           TEXT NOT NULL CHECK (mode IN ('practice', 'assessment')),
  seed           INTEGER NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('active', 'wrap_up', 'ended')),
  snapshot       TEXT NOT NULL,
  stage          TEXT NOT NULL,
  started_at     TEXT NOT NULL,
  hung_up_at     TEXT,
  ended_at       TEXT,
  record         TEXT,
  report         TEXT,
  score          INTEGER,
  overall        TEXT CHECK (overall IN ('pass', 'fail')),
  rubric_version TEXT
);
CREATE INDEX calls_user_started ON calls(user_id, started_at);
CREATE INDEX calls_ended ON calls(status, ended_at);

-- Every utterance of a call in order, with the acts understood and, for the customer's
-- replies, the machine snapshot taken right after it.
CREATE TABLE turns (
  call_id    TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
  n          INTEGER NOT NULL,
  speaker    TEXT NOT NULL CHECK (speaker IN ('agent', 'customer', 'third_party', 'system')),
  text       TEXT NOT NULL,
  acts       TEXT NOT NULL DEFAULT '[]',
  snapshot   TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (call_id, n)
);

-- Small key/value facts about this installation (e.g. whether demo data was seeded).
CREATE TABLE app_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
