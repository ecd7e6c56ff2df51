# Sourced by print-check.sh and a11y-check.sh: builds caseaudit and writes the pages they
# check into $work (a fresh temporary folder, removed on exit): the demo's report
# ($work/demo/report.html), its two-page summary ($work/summary.html) and the two shipped
# tools' blank forms ($work/form-<tool>.html).
swift build --product caseaudit >/dev/null
bin=$(swift build --show-bin-path)/caseaudit
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" demo --out "$work/demo" >/dev/null
"$bin" report --workspace "$work/demo/caseaudit.db" \
  --round "Neglect thematic audit — follow-up, March 2027" \
  --compare-with "Neglect thematic audit — baseline, October 2026" \
  --trained-workers "Neglect: seeing the child, measuring change" \
  --format summary --out "$work/summary.html" >/dev/null
for tool in neglect-thematic agency-contribution; do
  "$bin" form show "$tool" --format html --workspace "$work/demo/caseaudit.db" \
    >"$work/form-$tool.html"
done
