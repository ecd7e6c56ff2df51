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
        """)
  ])
}
