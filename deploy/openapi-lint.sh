#!/usr/bin/env bash
# Lints each service's OpenAPI document (written by the build to <service>/target/openapi/openapi.json) as partners
# do: with Redocly's CLI and its recommended rules, and with Spectral and its `spectral:oas` ruleset
# (deploy/spectral.yaml). Errors of either fail; warnings are shown. Needs npx (Node.js 20 or later); run after
# ./mvnw verify or package.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REDOCLY="@redocly/cli@2.77.0"
SPECTRAL="@stoplight/spectral-cli@6.16.3"
command -v npx >/dev/null 2>&1 || { echo "openapi-lint: npx (Node.js) is missing" >&2; exit 1; }
shopt -s nullglob
docs=(*/target/openapi/openapi.json)
((${#docs[@]} > 0)) || { echo "openapi-lint: no */target/openapi/openapi.json: build first (./mvnw package)" >&2; exit 1; }

passed=0 failed=0
for doc in "${docs[@]}"; do
  ok=1
  echo "openapi-lint: $doc (Redocly)"
  if ! output="$(npx -y "$REDOCLY" lint --format stylish "$doc" 2>&1)"; then
    ok=0
  fi
  # Redocly's banners about Node.js versions are noise here.
  grep -v -e 'Node.js' -e '[║╔╚]' <<<"$output" | sed '/^[[:space:]]*$/d'
  echo "openapi-lint: $doc (Spectral)"
  # --fail-severity error: warnings are shown, errors fail.
  if ! output="$(npx -y "$SPECTRAL" lint --ruleset deploy/spectral.yaml --fail-severity error "$doc" 2>&1)"; then
    ok=0
  fi
  # One summary line per rule rather than every warning of a document.
  grep -E ' error ' <<<"$output" || true
  awk '$2 == "warning" {print $3}' <<<"$output" | sort | uniq -c | sed 's/^/  warnings: /'
  tail -n 1 <<<"$output"
  if ((ok)); then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "openapi-lint: $passed passed, $failed failed"
((failed == 0))
