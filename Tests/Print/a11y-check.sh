#!/usr/bin/env bash
# Runs axe-core (4.4.3, from PyPI's axe-core-python) in headless Chromium over the demo's
# report, its two-page summary and a blank form, for WCAG 2.0/2.1 A and AA, and checks that
# the blank form does not scroll sideways at 320 CSS pixels.
# Needs chromium, chromium-driver (Debian) and the selenium and axe-core-python wheels (PyPI);
# installs them when run as root, otherwise says SKIPPED, loudly, and exits 0.
set -euo pipefail
cd "$(dirname "$0")/../.."

have() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null \
    && python3 -c "import selenium, axe_core_python" 2>/dev/null
}
if ! have && [ "$(id -u)" = 0 ]; then
  if command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null && apt-get install -y -qq chromium chromium-driver >/dev/null || true
  fi
  python3 -m pip install -q selenium axe-core-python >/dev/null 2>&1 || true
fi
if ! have; then
  echo "a11y-check: SKIPPED — chromium, chromium-driver, selenium or axe-core-python is missing."
  echo "a11y-check: SKIPPED — the axe-core WCAG checks and the 320 px check did NOT run."
  exit 0
fi

. "$(dirname "$0")/demo-pages.sh"

python3 - "$work" <<'PY'
import glob, os, sys
import axe_core_python
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

work = sys.argv[1]
axe = open(os.path.join(os.path.dirname(axe_core_python.__file__), "axe.min.js"),
           encoding="utf-8").read()
options = Options()
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_script_timeout(120)
pages = [f"{work}/demo/report.html", f"{work}/summary.html"]
pages += sorted(p for p in glob.glob(f"{work}/form-*.html") if os.path.getsize(p) > 0)
failures = []
try:
    for page in pages:
        name = os.path.basename(page)
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        driver.get("file://" + page)
        driver.execute_script(axe)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(done);")
        violations = result["violations"]
        nodes = sum(len(v["nodes"]) for v in violations)
        print(f"a11y-check: {name}: axe-core {result['testEngine']['version']}, "
              f"{len(violations)} violation(s) on {nodes} element(s), {len(result['passes'])} rules passed")
        for v in violations:
            failures.append(f"{name}: {v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} element(s)")
        if name.startswith("form-"):
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": True})
            driver.get("file://" + page)
            width = driver.execute_script("return document.documentElement.scrollWidth;")
            print(f"a11y-check: {name} at 320 px: content {width} px wide")
            if width > 320:
                failures.append(f"{name} scrolls sideways at 320 px ({width} px wide)")
finally:
    driver.quit()
for failure in failures:
    print(f"a11y-check: FAIL — {failure}")
sys.exit(1 if failures else 0)
PY
echo "a11y-check: passed (0 WCAG 2.1 A/AA violations; blank forms fit 320 px)"
