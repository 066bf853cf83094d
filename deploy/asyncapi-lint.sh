#!/usr/bin/env bash
# Validates the AsyncAPI document of the event topics, the one every service serves at /q/asyncapi
# (platform/src/main/resources/se/sip/platform/events/asyncapi.yaml), as partners do: with the AsyncAPI CLI, which
# checks it against the AsyncAPI 3 specification and its governance rules. Errors fail; warnings and hints are shown.
# Needs npx (Node.js 20 or later); nothing to build first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# 4.1.1: the last release that runs on Node.js 20 (5.x and later need Node.js 24).
ASYNCAPI_CLI="@asyncapi/cli@4.1.1"
DOC="platform/src/main/resources/se/sip/platform/events/asyncapi.yaml"
command -v npx >/dev/null 2>&1 || { echo "asyncapi-lint: npx (Node.js) is missing" >&2; exit 1; }
[[ -f "$DOC" ]] || { echo "asyncapi-lint: $DOC is missing" >&2; exit 1; }

# The CLI reports usage to its makers unless its settings file says no: give it one that does, not the user's own.
settings="$(mktemp)"
trap 'rm -f "$settings"' EXIT
printf '{"analyticsEnabled":"false","infoMessageShown":"true","userID":"sip-ci"}' >"$settings"
export ASYNCAPI_METRICS_CONFIG_PATH="$settings"

echo "asyncapi-lint: $DOC ($ASYNCAPI_CLI)"
ok=1
# --fail-severity error: warnings are shown, errors fail.
if ! output="$(npx -y "$ASYNCAPI_CLI" validate --fail-severity error "$DOC" 2>&1)"; then
  ok=0
fi
# npm's notes about engines of the CLI's own dependencies are noise here.
grep -v -e '^npm warn' <<<"$output" | sed '/^[[:space:]]*$/d'
if ((ok)); then
  echo "asyncapi-lint: passed"
else
  echo "asyncapi-lint: FAILED"
fi
((ok))
