#!/usr/bin/env bash
# Prints the demo's report and its two-page summary through headless Chromium's print-to-PDF
# and checks the issue's print rules:
#   - the summary prints on at most 2 A4 pages;
#   - every page is A4 (the report, the summary and the blank form);
#   - no page of the full report ends with a heading (or a table caption) whose content is on
#     the next page.
# Needs chromium and poppler-utils (pdfinfo, pdftotext) from Debian; installs them when run as
# root, otherwise says SKIPPED, loudly, and exits 0 — a check that cannot run is not a pass.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null && apt-get install -y -qq chromium poppler-utils >/dev/null
  fi
fi
if ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "print-check: SKIPPED — chromium and poppler-utils are not installed (and could not be)."
  echo "print-check: SKIPPED — the A4 page count and orphaned-heading checks did NOT run."
  exit 0
fi

. "$(dirname "$0")/demo-pages.sh"

print_pdf() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}
print_pdf "$work/form-neglect-thematic.html" "$work/form.pdf"
print_pdf "$work/summary.html" "$work/summary.pdf"
print_pdf "$work/demo/report.html" "$work/report.pdf"

python3 - "$work" <<'PY'
import html, re, subprocess, sys
work = sys.argv[1]
failures = []

def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    return count, size

summary_pages, summary_size = pages(f"{work}/summary.pdf")
report_pages, report_size = pages(f"{work}/report.pdf")
print(f"print-check: summary {summary_pages} page(s), {summary_size}")
print(f"print-check: full report {report_pages} page(s), {report_size}")
form_pages, form_size = pages(f"{work}/form.pdf")
print(f"print-check: blank form {form_pages} page(s), {form_size}")
if summary_pages > 2:
    failures.append(f"the summary prints on {summary_pages} pages, more than 2")
for name, size in (("summary", summary_size), ("report", report_size), ("form", form_size)):
    if "A4" not in size:
        failures.append(f"the {name} is not A4: {size}")

# Headings and captions of the full report, as text.
source = open(f"{work}/demo/report.html", encoding="utf-8").read()
headings = set()
for match in re.finditer(r"<(h[1-4]|caption)[^>]*>(.*?)</\1>", source, re.S):
    text = html.unescape(re.sub(r"<[^>]+>", "", match.group(2))).strip()
    if text:
        headings.add(re.sub(r"\s+", " ", text))

def normal(line):
    return re.sub(r"\s+", " ", line).strip()

for page in range(1, report_pages + 1):
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", f"{work}/report.pdf", "-"],
        capture_output=True, text=True, check=True).stdout
    lines = [normal(l) for l in text.splitlines() if normal(l)]
    # Drop the page-margin lines: the round's name and "Page N of M".
    lines = [l for l in lines if not re.fullmatch(r"Page \d+ of \d+", l)
             and l != "Neglect thematic audit — follow-up, March 2027"]
    if page < report_pages and lines and lines[-1] in headings:
        failures.append(f"page {page} ends with the heading “{lines[-1]}”")

for failure in failures:
    print(f"print-check: FAIL — {failure}")
if failures:
    sys.exit(1)
print("print-check: passed (summary ≤ 2 A4 pages; no page ends with a heading)")
PY
