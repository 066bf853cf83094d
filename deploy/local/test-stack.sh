#!/usr/bin/env bash
# Script test of the local stack: runs deploy/local/start.sh, checks every service over HTTP
# (readiness, OpenAPI, Swagger UI, metrics, 401 without a token, a token.sh token accepted),
# runs deploy/local/stop.sh and checks that nothing it started is left alive or listening.
# Ends with "stack-test: N passed, M failed"; exits non-zero on any failure.
# stop.sh always runs on exit (trap), also after a failure or Ctrl-C.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

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

  # ---------------------------------------------------------------- authentication
  section "authentication (consent-service)"
  url="http://127.0.0.1:8081$API_PATH"
  code="$(http_code "$url")"
  if [[ "$code" == 401 ]]; then pass "GET $API_PATH without a token -> 401"; else fail "GET $API_PATH without a token -> $code (expected 401)"; fi

  if token="$("$LOCAL_DIR/token.sh" --sub cw-1 --org kommun-0583 --org-type MUNICIPALITY --groups caseworker,manager)"; then
    pass "token.sh minted a token"
    # The token verifies against the public key the services were given.
    IFS=. read -r t_header t_payload t_sig <<<"$token"
    sigfile="$(mktemp)"
    b64d() {
      local x
      x="$(printf '%s' "$1" | tr '_-' '/+')"
      while ((${#x} % 4)); do x+="="; done
      printf '%s' "$x" | openssl base64 -d -A
    }
    b64d "$t_sig" >"$sigfile"
    if printf '%s.%s' "$t_header" "$t_payload" | openssl dgst -sha256 -verify "$JWT_PUBLIC_KEY" -signature "$sigfile" >/dev/null 2>&1; then
      pass "token signature verifies with $JWT_PUBLIC_KEY"
    else
      fail "token signature does not verify with $JWT_PUBLIC_KEY"
    fi
    rm -f "$sigfile"

    code="$(http_code "$url" -H "Authorization: Bearer $token")"
    if [[ "$code" == 200 ]]; then pass "GET $API_PATH with a token.sh token -> 200"; else fail "GET $API_PATH with a token.sh token -> $code (expected 200)"; fi
    # A token signed with another key must be refused.
    forged="$t_header.$t_payload.$(printf 'not-a-signature' | openssl base64 -A | tr '+/' '-_' | tr -d '=')"
    code="$(http_code "$url" -H "Authorization: Bearer $forged")"
    if [[ "$code" == 401 ]]; then pass "GET $API_PATH with a forged signature -> 401"; else fail "GET $API_PATH with a forged signature -> $code (expected 401)"; fi
  else
    fail "token.sh failed"
  fi

  # Health and OpenAPI stay open with a token too (and never require one).
  code="$(http_code "http://127.0.0.1:8081/q/health/ready" -H "Authorization: Bearer ${token:-x}")"
  if [[ "$code" == 200 ]]; then pass "/q/health/ready with a token -> 200"; else fail "/q/health/ready with a token -> $code"; fi
fi

# ------------------------------------------------------------------ across services
if ((START_OK)); then
  section "a consent, then a plan that plan-service checks with consent-service"
  worker="$("$LOCAL_DIR/token.sh" --sub cw-1 --org kommun-0583 --org-type MUNICIPALITY --groups caseworker)"
  doctor="$("$LOCAL_DIR/token.sh" --sub doc-1 --org region-ostergotland --org-type REGION --groups partner)"
  consent='{"personId": "19121212-1212", "decision": "GRANTED", "givenBy": {"role": "INDIVIDUAL"}, "form": "WRITTEN",
    "purposes": ["CONVENE_MEETING", "SHARE_INFORMATION"], "validFrom": "2026-01-01",
    "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun"},
                {"orgId": "region-ostergotland", "orgType": "REGION", "name": "Beroendemottagningen"}]}'
  code="$(http_code http://127.0.0.1:8081/api/v1/consents -X POST -H "Authorization: Bearer $worker" \
    -H 'Content-Type: application/json' -d "$consent")"
  if [[ "$code" == 201 ]]; then pass "POST a consent on consent-service -> 201"; else fail "POST a consent -> $code (expected 201)"; fi
  plan='{"personId": "191212121212", "kind": "SIP", "lead": {"orgId": "kommun-0583", "name": "Motala kommun"},
    "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun"},
                {"orgId": "region-ostergotland", "orgType": "REGION", "name": "Beroendemottagningen"}],
    "individualGoal": "A home of my own", "needs": "Housing and treatment"}'
  location="$(curl -s -m 20 -D - -o /dev/null -X POST http://127.0.0.1:8083/api/v1/plans \
    -H "Authorization: Bearer $worker" -H 'Content-Type: application/json' -d "$plan" |
    tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
  if [[ "$location" == */api/v1/plans/* ]]; then
    pass "POST a plan on plan-service -> created (it asked consent-service with its service token)"
    # The region sees the plan once plan-service has read the consent event from Kafka.
    plan_url="http://127.0.0.1:8083/api/v1/plans/${location##*/}"
    seen=0
    for _ in $(seq 30); do
      [[ "$(http_code "$plan_url" -H "Authorization: Bearer $doctor")" == 200 ]] && { seen=1; break; }
      sleep 1
    done
    if ((seen)); then pass "the region party reads the plan (consent event consumed)"; else fail "the region party still cannot read $plan_url after 30 s"; fi

    section "a SIP meeting: its invitation mailed with the .ics, through Kafka, to the mail catcher"
    starts="$(date -u -d '+30 days' +%Y-%m-%dT09:00:00Z)"
    meeting='{"planId": "'"${location##*/}"'", "personId": "191212121212", "type": "SIP", "startsAt": "'"$starts"'",
      "durationMinutes": 60, "format": "PHYSICAL", "location": "Stadshuset, rum 3",
      "invitees": [{"kind": "INDIVIDUAL", "name": "Tolvan Tolvansson"},
        {"kind": "PARTY", "orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun", "email": "vuxen@motala.example.se"},
        {"kind": "PARTY", "orgId": "region-ostergotland", "orgType": "REGION", "name": "Beroendemottagningen", "email": "beroende@region.example.se"}],
      "chair": "Karin Lund", "noteTaker": "Per Ek", "noteTakerOrgId": "kommun-0583",
      "adjusters": [{"name": "Karin Lund", "orgId": "kommun-0583"}, {"name": "Eva Holm", "orgId": "region-ostergotland"}]}'
    # Only mails caught after this marker count: the catcher keeps earlier runs' mails.
    mkdir -p "$MAIL_DIR/new"
    marker="$(mktemp "$STATE_DIR/mail-marker.XXXXXX")"
    # meeting-service books against its plan projection, fed from Kafka: retry until the plan has arrived.
    code=""
    for _ in $(seq 30); do
      code="$(http_code http://127.0.0.1:8082/api/v1/meetings -X POST -H "Authorization: Bearer $worker" \
        -H 'Content-Type: application/json' -d "$meeting")"
      [[ "$code" == 201 ]] && break
      sleep 1
    done
    if [[ "$code" == 201 ]]; then pass "POST a SIP meeting on meeting-service -> 201"; else fail "POST a SIP meeting -> $code (expected 201)"; fi
    mails=0
    for _ in $(seq 60); do
      mails="$(find "$MAIL_DIR/new" -type f -newer "$marker" -exec grep -l -s 'text/calendar' {} + | wc -l)"
      ((mails >= 2)) && break
      sleep 1
    done
    if ((mails >= 2)); then pass "both invitees with an address got the invitation with its .ics ($MAIL_DIR/new)"; else fail "$mails invitation mails in $MAIL_DIR/new after 60 s (expected 2)"; fi
    rm -f "$marker"
    if grep -l -s -E '19121212-?1212|Tolvan' "$MAIL_DIR"/new/* >/dev/null; then
      fail "a caught mail names the person or their personal identity number"
    else
      pass "no caught mail names the person or their personal identity number"
    fi
  else
    fail "POST a plan on plan-service did not create one (see .local/logs/plan-service.log)"
  fi
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
