#!/usr/bin/env bash
# Checks the person's own page (fhir-service's GET /me) against WCAG 2.1 A and AA with axe-core in headless Chromium,
# as accessibility auditors do. The pages are those ./mvnw verify wrote: fhir-service's OwnPageTest renders the page
# and the page of a refusal (fhir-service/target/own-page/), and the end-to-end OwnViewStoryIT saves the one the running stack
# served (e2e-tests/target/own-page/own-page.html). Other HTML files may be named as arguments instead.
# Needs npm (Node.js 20 or later) and Chromium (Debian's chromium package, or CHROMIUM=path).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

AXE_CORE="axe-core@4.14.1"
PLAYWRIGHT_CORE="playwright-core@1.65.1"
pages=("$@")
if ((${#pages[@]} == 0)); then
  pages=(fhir-service/target/own-page/own-page.html fhir-service/target/own-page/own-error.html)
  # The page the end-to-end story got from the running stack, when ./mvnw verify ran it.
  [[ -f e2e-tests/target/own-page/own-page.html ]] && pages+=(e2e-tests/target/own-page/own-page.html)
fi
for page in "${pages[@]}"; do
  [[ -f "$page" ]] || { echo "accessibility: $page is missing (run ./mvnw verify -pl fhir-service first)" >&2; exit 1; }
done
chromium="${CHROMIUM:-/usr/bin/chromium}"
[[ -x "$chromium" ]] || { echo "accessibility: Chromium is missing at $chromium (apt-get install chromium)" >&2; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "accessibility: npm (Node.js) is missing" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "accessibility: installing $AXE_CORE and $PLAYWRIGHT_CORE"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "$AXE_CORE" "$PLAYWRIGHT_CORE")
cp deploy/accessibility/check.mjs "$work/"
# A checker that finds nothing wrong with a broken page proves nothing: it must fail this one first.
if CHROMIUM="$chromium" node "$work/check.mjs" "$(realpath deploy/accessibility/known-bad.html)" >"$work/known-bad.log"; then
  cat "$work/known-bad.log"
  echo "accessibility: FAILED: the checker found nothing wrong with deploy/accessibility/known-bad.html"
  exit 1
fi
echo "accessibility: the checker finds $(grep -c VIOLATION "$work/known-bad.log") violations in known-bad.html, as it must"
abs=()
for page in "${pages[@]}"; do abs+=("$(realpath "$page")"); done
if CHROMIUM="$chromium" node "$work/check.mjs" "${abs[@]}"; then
  echo "accessibility: passed"
else
  echo "accessibility: FAILED"
  exit 1
fi
