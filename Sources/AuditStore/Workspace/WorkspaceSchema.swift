/// The workspace schema, one migration per format version.
///
/// Every table is `STRICT` (sqlite.org/stricttables.html) so a wrongly typed value is an error,
/// not a silent conversion. Timestamps are ISO 8601 UTC text.
enum WorkspaceSchema {
  static let migrator = Migrator([
    Migration(
      version: 1, name: "workspace metadata and event log",
      sql: """
        CREATE TABLE workspace_meta (
          key TEXT PRIMARY KEY NOT NULL,
          value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE events (
          id INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor TEXT NOT NULL,
          action TEXT NOT NULL,
          subject TEXT,
          details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
        ) STRICT;
        CREATE INDEX events_by_action ON events(action);

        -- The event log is append-only: the audit trail of the audit.
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
        """),
    Migration(
      version: 2, name: "population snapshots, rounds, samples, auditors and allocations",
      sql: """
        CREATE TABLE snapshots (
          id INTEGER PRIMARY KEY,
          imported_at TEXT NOT NULL,
          as_of TEXT NOT NULL,
          format TEXT NOT NULL CHECK (format IN ('annex-a', 'mapped')),
          cases INTEGER NOT NULL,
          open_cases INTEGER NOT NULL
        ) STRICT;

        CREATE TABLE snapshot_sources (
          snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
          position INTEGER NOT NULL,
          file TEXT NOT NULL,
          sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
          kind TEXT NOT NULL,
          encoding TEXT NOT NULL,
          rows INTEGER NOT NULL,
          PRIMARY KEY (snapshot_id, position)
        ) STRICT;

        CREATE TABLE cases (
          snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
          case_id TEXT NOT NULL,
          family_key TEXT,
          stage TEXT NOT NULL,
          neglect_status TEXT NOT NULL,
          team TEXT,
          worker TEXT,
          age INTEGER,
          gender TEXT,
          ethnicity TEXT,
          disability INTEGER,
          start_date TEXT,
          months_open INTEGER,
          previous_plans INTEGER,
          PRIMARY KEY (snapshot_id, case_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE rounds (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE,
          tool_id TEXT NOT NULL,
          tool_version TEXT,
          purpose TEXT NOT NULL
            CHECK (purpose IN ('routine', 'baseline', 'postTraining', 'calibration')),
          training TEXT,
          snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
          created_at TEXT NOT NULL
        ) STRICT;

        -- One draw per round: its parameters and result as JSON, verifiable from the snapshot.
        CREATE TABLE samples (
          round_id INTEGER PRIMARY KEY REFERENCES rounds(id),
          spec TEXT NOT NULL CHECK (json_valid(spec)),
          draw TEXT NOT NULL CHECK (json_valid(draw)),
          drawn_at TEXT NOT NULL
        ) STRICT;

        -- The cases in each round's sample (denormalised from the draw for queries such as
        -- "audited in another round within N days").
        CREATE TABLE sample_cases (
          round_id INTEGER NOT NULL REFERENCES rounds(id),
          case_id TEXT NOT NULL,
          stratum TEXT NOT NULL,
          inclusion_probability REAL NOT NULL,
          PRIMARY KEY (round_id, case_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE auditors (
          id TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          agency TEXT NOT NULL,
          team TEXT,
          role TEXT NOT NULL CHECK (role IN ('auditor', 'moderator', 'lead'))
        ) STRICT;

        CREATE TABLE allocation_runs (
          round_id INTEGER PRIMARY KEY REFERENCES rounds(id),
          seed TEXT NOT NULL,
          raters INTEGER NOT NULL,
          double_fraction REAL NOT NULL,
          allocated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE allocations (
          round_id INTEGER NOT NULL REFERENCES rounds(id),
          case_id TEXT NOT NULL,
          position INTEGER NOT NULL,
          auditor_id TEXT NOT NULL REFERENCES auditors(id),
          PRIMARY KEY (round_id, case_id, position),
          UNIQUE (round_id, case_id, auditor_id)
        ) STRICT;
        """),
    Migration(
      version: 3, name: "audit tools and responses with every revision",
      sql: """
        -- Installed audit tools: every version kept, never changed once installed.
        CREATE TABLE tools (
          id TEXT NOT NULL,
          version TEXT NOT NULL,
          title TEXT NOT NULL,
          definition TEXT NOT NULL,
          sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
          installed_at TEXT NOT NULL,
          PRIMARY KEY (id, version)
        ) STRICT;
        CREATE TRIGGER tools_no_update BEFORE UPDATE ON tools
        BEGIN SELECT RAISE(ABORT, 'an installed tool version never changes'); END;

        -- One response per round, case, auditor and kind ('audit' or the moderator's agreed
        -- 'moderation'); its answers live in revisions.
        CREATE TABLE responses (
          id INTEGER PRIMARY KEY,
          round_id INTEGER NOT NULL REFERENCES rounds(id),
          case_id TEXT NOT NULL,
          auditor_id TEXT NOT NULL REFERENCES auditors(id),
          kind TEXT NOT NULL CHECK (kind IN ('audit', 'moderation')),
          UNIQUE (round_id, case_id, auditor_id, kind)
        ) STRICT;

        CREATE TABLE response_revisions (
          response_id INTEGER NOT NULL REFERENCES responses(id),
          revision INTEGER NOT NULL CHECK (revision >= 1),
          status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'moderated')),
          answers TEXT NOT NULL CHECK (json_valid(answers)),
          rationale TEXT,
          unallocated INTEGER NOT NULL DEFAULT 0 CHECK (unallocated IN (0, 1)),
          recorded_at TEXT NOT NULL,
          recorded_by TEXT NOT NULL,
          PRIMARY KEY (response_id, revision)
        ) STRICT;
        -- Every revision is kept: revisions are append-only.
        CREATE TRIGGER revisions_no_update BEFORE UPDATE ON response_revisions
        BEGIN SELECT RAISE(ABORT, 'response revisions are append-only'); END;
        CREATE TRIGGER revisions_no_delete BEFORE DELETE ON response_revisions
        BEGIN SELECT RAISE(ABORT, 'response revisions are append-only'); END;
        """),
    Migration(
      version: 4, name: "audit dates and the training roster",
      sql: """
        -- The date a round's audits took place (training before it counts as "trained").
        ALTER TABLE rounds ADD COLUMN audit_date TEXT;

        CREATE TABLE training_records (
          worker TEXT NOT NULL,
          course TEXT NOT NULL,
          attended_on TEXT NOT NULL,
          PRIMARY KEY (worker, course, attended_on)
        ) STRICT, WITHOUT ROWID;
        """),
    Migration(
      version: 5, name: "data-quality warnings, categories of abuse, unborn children, end dates",
      sql: """
        -- What the published Annex A lists add to a child's record.
        ALTER TABLE cases ADD COLUMN abuse_category TEXT;
        ALTER TABLE cases ADD COLUMN unborn INTEGER NOT NULL DEFAULT 0 CHECK (unborn IN (0, 1));
        ALTER TABLE cases ADD COLUMN end_date TEXT;

        -- The data-quality warnings an import let through, kept with its snapshot: where each
        -- is (file, line, column), what kind, and the child it flags (never shown in a
        -- report).
        CREATE TABLE snapshot_warnings (
          snapshot_id INTEGER NOT NULL REFERENCES snapshots(id),
          position INTEGER NOT NULL,
          file TEXT NOT NULL,
          line INTEGER NOT NULL,
          col INTEGER NOT NULL,
          kind TEXT NOT NULL,
          message TEXT NOT NULL,
          detail TEXT,
          case_id TEXT,
          PRIMARY KEY (snapshot_id, position)
        ) STRICT;
        CREATE INDEX snapshot_warnings_by_case ON snapshot_warnings(snapshot_id, case_id);
        """),
    Migration(
      version: 6, name: "pre-declared primary criteria",
      sql: """
        -- The criteria a follow-up round declared primary before its comparison: Holm's
        -- family. Declared once; never changed.
        CREATE TABLE round_primary_criteria (
          round_id INTEGER NOT NULL REFERENCES rounds(id),
          position INTEGER NOT NULL,
          question_id TEXT NOT NULL,
          declared_at TEXT NOT NULL,
          PRIMARY KEY (round_id, position),
          UNIQUE (round_id, question_id)
        ) STRICT;
        CREATE TRIGGER round_primary_criteria_fixed BEFORE UPDATE ON round_primary_criteria
        BEGIN SELECT RAISE(ABORT, 'declared primary criteria never change'); END;
        CREATE TRIGGER round_primary_criteria_kept BEFORE DELETE ON round_primary_criteria
        BEGIN SELECT RAISE(ABORT, 'declared primary criteria never change'); END;
        """),
    Migration(
      version: 7, name: "submitted answers stored typed, one row per answer",
      sql: """
        -- One row per answer of every revision, derived from the revision's answers JSON (which
        -- stays the record) so the aggregator reads values instead of re-parsing documents.
        -- The JSON value decides the column: a string is a code (a grade level, a choice, a
        -- date or a text; the question's type says which), "na" is not applicable, a number a
        -- number and an array of strings the codes of a multiple choice, kept as JSON text.
        -- Written only by the trigger below, in the transaction that writes the revision, so
        -- the two never diverge (sqlite.org/lang_createtrigger.html, sqlite.org/json1.html
        -- json_each, json_type, json_extract).
        CREATE TABLE answer_values (
          response_id INTEGER NOT NULL,
          revision INTEGER NOT NULL,
          question_id TEXT NOT NULL,
          code TEXT,
          number REAL,
          codes TEXT,
          not_applicable INTEGER NOT NULL CHECK (not_applicable IN (0, 1)),
          evidence TEXT,
          PRIMARY KEY (response_id, revision, question_id),
          FOREIGN KEY (response_id, revision) REFERENCES response_revisions(response_id, revision)
        ) STRICT, WITHOUT ROWID;

        CREATE TRIGGER revisions_answer_values AFTER INSERT ON response_revisions
        BEGIN
          INSERT INTO answer_values(response_id, revision, question_id, code, number, codes,
            not_applicable, evidence)
          SELECT NEW.response_id, NEW.revision, a.key,
            CASE WHEN json_type(a.value, '$.value') = 'text'
              AND json_extract(a.value, '$.value') <> 'na'
              THEN json_extract(a.value, '$.value') END,
            CASE WHEN json_type(a.value, '$.value') IN ('integer', 'real')
              THEN json_extract(a.value, '$.value') END,
            CASE WHEN json_type(a.value, '$.value') = 'array'
              THEN json_extract(a.value, '$.value') END,
            json_type(a.value, '$.value') = 'text' AND json_extract(a.value, '$.value') = 'na',
            json_extract(a.value, '$.evidence')
          FROM json_each(NEW.answers, '$.answers') AS a;
        END;
        CREATE TRIGGER answer_values_no_update BEFORE UPDATE ON answer_values
        BEGIN SELECT RAISE(ABORT, 'stored answers are derived from their revision'); END;
        CREATE TRIGGER answer_values_no_delete BEFORE DELETE ON answer_values
        BEGIN SELECT RAISE(ABORT, 'stored answers are derived from their revision'); END;

        -- The revisions already stored, derived the same way.
        INSERT INTO answer_values(response_id, revision, question_id, code, number, codes,
          not_applicable, evidence)
        SELECT v.response_id, v.revision, a.key,
          CASE WHEN json_type(a.value, '$.value') = 'text'
            AND json_extract(a.value, '$.value') <> 'na'
            THEN json_extract(a.value, '$.value') END,
          CASE WHEN json_type(a.value, '$.value') IN ('integer', 'real')
            THEN json_extract(a.value, '$.value') END,
          CASE WHEN json_type(a.value, '$.value') = 'array'
            THEN json_extract(a.value, '$.value') END,
          json_type(a.value, '$.value') = 'text' AND json_extract(a.value, '$.value') = 'na',
          json_extract(a.value, '$.evidence')
        FROM response_revisions AS v, json_each(v.answers, '$.answers') AS a;
        """),
  ])
}
