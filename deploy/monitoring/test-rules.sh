#!/usr/bin/env bash
# Checks the alerting rules (alerts.yaml) with Prometheus' promtool and runs their unit tests (alerts.test.yaml):
# every alert fires on the series that should fire it and stays quiet below its threshold. Then parses every query of
# the Grafana dashboard (grafana-dashboard.json, read with jq). promtool comes with Debian's prometheus package,
# installed here when it is missing and the script runs as root (only promtool is used). Exits non-zero when a check
# or a test fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

say() { printf '[rules] %s\n' "$*"; }

if ! command -v promtool >/dev/null 2>&1; then
  if [[ "$(id -u)" != 0 ]]; then
    say "ERROR: promtool is missing; install Debian's prometheus package (apt-get install prometheus) and run again" >&2
    exit 1
  fi
  say "promtool is missing: installing Debian's prometheus package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q </dev/null
  apt-get install -y -q --no-install-recommends prometheus </dev/null
fi
say "$(promtool --version 2>&1 | head -n 1)"

say "promtool check rules alerts.yaml"
promtool check rules alerts.yaml

say "promtool test rules alerts.test.yaml"
promtool test rules alerts.test.yaml

# The dashboard's queries are PromQL too: each becomes a recording rule of a scratch file for promtool to parse, with
# Grafana's variables given example values.
command -v jq >/dev/null 2>&1 || { say "ERROR: jq is missing (apt-get install jq)" >&2; exit 1; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
jq -r '[.panels[] | ., (.panels // [])[] | .targets // [] | .[] | .expr] | to_entries[]
       | "      - record: dashboard:query_\(.key)\n        expr: \(.value | @json)"' grafana-dashboard.json |
  sed -e 's/\$__rate_interval/5m/g' -e 's/\$namespace/sip/g' -e 's/\$job/plan-service/g' |
  { printf 'groups:\n  - name: grafana-dashboard\n    rules:\n'; cat; } >"$scratch/dashboard-queries.yaml"
say "promtool check rules: the $(grep -c 'record:' "$scratch/dashboard-queries.yaml") queries of grafana-dashboard.json"
promtool check rules "$scratch/dashboard-queries.yaml"

say "passed: $(grep -c '^ *- alert:' alerts.yaml) alerts checked," \
  "$(grep -c '^ *- name:' alerts.test.yaml) test cases passed, the dashboard's queries parse"
