#!/usr/bin/env bash
# Installs the peers `caseaudit-bench import` measures beside CaseAudit (the sqlite3 shell from
# Debian's packages, DuckDB from PyPI), builds the release binaries and runs the benchmark.
# Benchmark tooling only: nothing here is needed to build, test or run CaseAudit.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
python3 -c 'import duckdb' 2>/dev/null || python3 -m pip install -q duckdb
swift build -c release --product caseaudit
swift build -c release --product caseaudit-bench
.build/release/caseaudit-bench import "$@"
