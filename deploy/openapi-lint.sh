#!/usr/bin/env bash
# Lints each service's OpenAPI document (written by the build to <service>/target/openapi/openapi.json) with
# Redocly's CLI and its recommended rules, as a partner would. Errors fail; warnings are shown. Needs npx (Node.js
# 20 or later); run after ./mvnw verify or package.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

REDOCLY="@redocly/cli@2.77.0"
command -v npx >/dev/null 2>&1 || { echo "openapi-lint: npx (Node.js) is missing" >&2; exit 1; }
shopt -s nullglob
docs=(*/target/openapi/openapi.json)
((${#docs[@]} > 0)) || { echo "openapi-lint: no */target/openapi/openapi.json: build first (./mvnw package)" >&2; exit 1; }

passed=0 failed=0
for doc in "${docs[@]}"; do
  echo "openapi-lint: $doc"
  if output="$(npx -y "$REDOCLY" lint --format stylish "$doc" 2>&1)"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
  # Redocly's banners about Node.js versions are noise here.
  grep -v -e 'Node.js' -e '[║╔╚]' <<<"$output" | sed '/^[[:space:]]*$/d'
done
echo "openapi-lint: $passed passed, $failed failed"
((failed == 0))
