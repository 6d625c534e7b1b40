-- Tables of the tiny synthetic provider used by the engine tests.
CREATE TABLE tiny_things (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Every side effect a handler performs, so a test can count them (one per send).
CREATE TABLE tiny_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant TEXT NOT NULL,
  recipient TEXT NOT NULL,
  text TEXT NOT NULL
);
