#!/usr/bin/env bash
# Script test of the local stack: runs deploy/local/start.sh, checks every service over HTTP
# (readiness, OpenAPI, Swagger UI, metrics, 401 without a token, a token.sh token accepted),
# runs deploy/local/stop.sh and checks that nothing it started is left alive or listening.
# Ends with "stack-test: N passed, M failed"; exits non-zero on any failure.
# stop.sh always runs on exit (trap), also after a failure or Ctrl-C.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=test-stack/auth.sh
source "$LOCAL_DIR/test-stack/auth.sh"
# shellcheck source-path=SCRIPTDIR source=test-stack/across.sh
source "$LOCAL_DIR/test-stack/across.sh"

require_cmd curl openssl

PASSED=0
FAILED=0
WARNINGS=0
STOPPED=0
SUMMARY_PRINTED=0
API_PATH="/api/v1/consents?personId=191212121212"

pass() { PASSED=$((PASSED + 1)); printf '  PASS  %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$*"; }
warning() { WARNINGS=$((WARNINGS + 1)); printf '  WARN  %s\n' "$*"; }
section() { printf '\n== %s\n' "$*"; }

summary() {
  SUMMARY_PRINTED=1
  printf '\n'
  ((WARNINGS == 0)) || printf '(%d warning(s) above)\n' "$WARNINGS"
  printf 'stack-test: %d passed, %d failed\n' "$PASSED" "$FAILED"
}

on_exit() {
  local rc=$?
  if ((STOPPED == 0)); then
    printf '\n== cleanup: deploy/local/stop.sh\n'
    "$LOCAL_DIR/stop.sh" || true
  fi
  if ((SUMMARY_PRINTED == 0)); then
    fail "test-stack.sh ended early (exit code $rc)"
    summary
    exit 1
  fi
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# http_code URL [curl args...]: the HTTP status (000 when nothing answered), following redirects.
http_code() {
  local url="$1"
  shift
  curl -s -o /dev/null -L -m 15 -w '%{http_code}' "$@" "$url" || true
}

ready_status() {
  local body
  body="$(curl -s -m 10 "http://127.0.0.1:$1/q/health/ready" || true)"
  if command -v jq >/dev/null 2>&1; then
    jq -r '.status // "none"' <<<"$body" 2>/dev/null || echo "unparsable: $body"
  else
    sed -n 's/^[^"]*"status"[^"]*"\([A-Z]*\)".*/\1/p' <<<"$body" | head -n 1
  fi
}

# ------------------------------------------------------------------ start
section "deploy/local/start.sh"
START_OK=0
start_begin=$SECONDS
if "$LOCAL_DIR/start.sh"; then
  START_OK=1
  pass "start.sh started the stack in $((SECONDS - start_begin))s"
else
  fail "start.sh failed (see the messages above and .local/logs/)"
fi

OUR_DB=0
[[ -z "${SIP_DB_URL:-}" ]] && OUR_DB=1

# Every PID start.sh recorded, to check after stop.sh.
declare -A RECORDED=()
for f in "$PID_DIR"/*.pid; do
  [[ -f "$f" ]] || continue
  RECORDED["$(basename "$f" .pid)"]="$(tr -dc '0-9' <"$f")"
done

if ((START_OK)); then
  # ---------------------------------------------------------------- services over HTTP
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"
    port="${entry##*:}"
    base="http://127.0.0.1:$port"
    section "$name ($base)"
    status="$(ready_status "$port")"
    if [[ "$status" == "UP" ]]; then pass "$name /q/health/ready is UP"; else fail "$name /q/health/ready is '$status', not UP"; fi
    for path in /q/openapi /q/swagger-ui /q/metrics /q/health; do
      code="$(http_code "$base$path")"
      if [[ "$code" == 200 ]]; then pass "$name GET $path -> 200"; else fail "$name GET $path -> $code (expected 200)"; fi
    done
  done

  check_authentication
  check_across_services
fi

# ------------------------------------------------------------------ stop
section "deploy/local/stop.sh"
STOPPED=1
if "$LOCAL_DIR/stop.sh"; then pass "stop.sh succeeded"; else fail "stop.sh failed"; fi

for name in "${!RECORDED[@]}"; do
  pid="${RECORDED[$name]}"
  if [[ -n "$pid" ]] && pid_matches "$pid" "$(expected_cmdline "$name")"; then
    fail "$name (pid $pid) is still alive after stop.sh"
  else
    pass "$name (pid $pid) is gone"
  fi
done
((${#RECORDED[@]} > 0)) || fail "start.sh recorded no PID in $PID_DIR"

leftover="$(find "$PID_DIR" -name '*.pid' -printf '%f ' 2>/dev/null || true)"
if [[ -z "$leftover" ]]; then pass "no pid files left in $PID_DIR"; else fail "pid files left: $leftover"; fi

ports=("$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$MAIL_PORT")
((OUR_DB)) && ports+=("$PG_PORT")
for entry in "${SERVICES[@]}"; do ports+=("${entry##*:}"); done
for port in "${ports[@]}"; do
  if port_open "$port"; then fail "port $port still answers after stop.sh"; else pass "port $port is closed"; fi
done

summary
((FAILED == 0))
