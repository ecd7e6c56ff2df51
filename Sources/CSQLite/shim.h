#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H
#include <sqlite3.h>

// sqlite.org/c3ref/c_static.html: SQLITE_TRANSIENT is a macro over a function-pointer cast that
// Swift cannot import, so expose it as a function.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }

// sqlite.org/c3ref/db_config.html: sqlite3_db_config is variadic, which Swift cannot call.
static inline int csqlite_db_config_int(sqlite3 *db, int op, int value, int *out) {
  return sqlite3_db_config(db, op, value, out);
}

// sqlite.org/c3ref/c_config_covering_index_scan.html#sqliteconfigmemstatus: memory statistics
// take a global mutex on every allocation. CaseAudit never reads them, so they are turned off,
// once, before SQLite initialises (sqlite3_config is variadic, which Swift cannot call; after
// initialisation it returns SQLITE_MISUSE and changes nothing).
static inline int csqlite_disable_memstatus(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
#endif
