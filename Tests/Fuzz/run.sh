#!/usr/bin/env bash
# Builds and runs CaseAudit's libFuzzer targets (issue 17). Not part of `swift test`.
#
#   bash Tests/Fuzz/run.sh [SECONDS] [TARGET...]     # default: 60 s each, every target
#
# Each target is compiled with its module's own sources by swiftc with
# -sanitize=fuzzer,address (libFuzzer and AddressSanitizer ship with the Swift toolchain on
# Linux), seeded from the bundled samples and tools, and run with a 10 s per-input timeout
# (a hang is a finding). Leak detection is off: LeakSanitizer reports the boxes of the
# condition checker's indirect enums as leaks (noted in issue 17, not yet looked into). Findings land in .build/fuzz/findings/TARGET/; keep each as a
# regression test. Prints the executions and findings of every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(caselist auditforms)
out=.build/fuzz
mkdir -p "$out"

# Formats, the leaf every parser's module imports, is built first as a static library with the
# same instrumentation, so the JSON reader and dates it holds are fuzzed too.
build_formats() {
  local newest=""
  if [ -f "$out/formats/libFormats.a" ]; then
    newest=$(find Sources/Formats -name '*.swift' -newer "$out/formats/libFormats.a" | head -1)
  fi
  if [ ! -f "$out/formats/libFormats.a" ] || [ -n "$newest" ]; then
    echo "building Formats (fuzzer + address sanitizer)…"
    mkdir -p "$out/formats"
    # shellcheck disable=SC2046
    swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -module-name Formats \
      -emit-module -emit-module-path "$out/formats/Formats.swiftmodule" -emit-library -static \
      $(find Sources/Formats -name '*.swift' | sort) -o "$out/formats/libFormats.a" \
      2>&1 | grep -v 'Cannot export local symbol' || true
  fi
}

build() {
  local name=$1 module=$2 entry=$3
  build_formats
  if [ ! -x "$out/$name" ] || [ "$entry" -nt "$out/$name" ] \
    || [ "$out/formats/libFormats.a" -nt "$out/$name" ]; then
    echo "building $name (module $module, fuzzer + address sanitizer)…"
    # shellcheck disable=SC2046
    swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O \
      -module-name "$module" -I "$out/formats" $(find "Sources/$module" -name '*.swift' | sort) \
      "$entry" "$out/formats/libFormats.a" -o "$out/$name" 2>&1 \
      | grep -v 'Cannot export local symbol' || true
  fi
}

seed() {
  local name=$1 corpus="$out/corpus/$name"
  mkdir -p "$corpus"
  case $name in
    caselist)
      cp Samples/northbridge/list*.csv "$corpus/" 2>/dev/null || true
      printf 'Child Unique ID,CIN Start Date\r\nC1,01/02/2026\r\n' > "$corpus/tiny.csv" ;;
    auditforms)
      # The first byte picks the parser: 0 tool loader, 1 answers reader, 2 conditions.
      for file in AuditTools/*.json; do
        { printf '\x00'; cat "$file"; } > "$corpus/tool-$(basename "$file")"
      done
      { printf '\x01'; head -c 4000 Samples/northbridge/baseline-responses.json; } > "$corpus/answers.json"
      printf '\x01{"answers": {"referral.quality": {"value": "good", "evidence": "Seen."}}}' > "$corpus/answer.json"
      printf '\x02referral.quality < good and not (assess.voice == yes)' > "$corpus/condition.txt" ;;
  esac
}

for name in "${targets[@]}"; do
  case $name in
    caselist) build caselist CaseList Tests/Fuzz/CaseListFuzz.swift ;;
    auditforms) build auditforms AuditForms Tests/Fuzz/AuditFormsFuzz.swift ;;
    *) echo "unknown target '$name' (caselist, auditforms)" >&2; exit 64 ;;
  esac
  seed "$name"
  mkdir -p "$out/findings/$name"
  echo "fuzzing $name for $seconds s…"
  set +e
  # The Swift runtime's own crash handler would fight AddressSanitizer's; libFuzzer reports.
  ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no "$out/$name" "$out/corpus/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
    -max_len=65536 -artifact_prefix="$out/findings/$name/" -print_final_stats=1 \
    > "$out/$name.log" 2>&1
  status=$?
  set -e
  runs=$(grep -E '^stat::number_of_executed_units' "$out/$name.log" | awk '{print $2}' | tail -1)
  findings=$(find "$out/findings/$name" -type f | wc -l)
  echo "$name: ${runs:-?} executions in $seconds s, exit $status, findings: $findings"
  [ "$findings" -eq 0 ] || ls "$out/findings/$name"
done
