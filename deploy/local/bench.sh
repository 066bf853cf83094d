#!/usr/bin/env bash
# Benchmarks the running local stack (deploy/local/start.sh) and prints, per scenario, req/s, p50, p99 and errors,
# with the machine and the settings. wrk drives the services with a token.sh token; pgbench measures the same
# PostgreSQL alone, as the ceiling the write scenarios are compared with.
#   write:  consent   POST /api/v1/consents, a fresh personal identity number and Idempotency-Key each
#           action    POST /api/v1/plans/{id}/actions on plans made in set-up
#           meeting   POST /api/v1/meetings on those plans
#   read:   plan      GET /api/v1/plans/{id}
#           schedule  GET /api/v1/plans/{id}/schedule
#           search    POST /api/v1/plans/search, the personId in the body
#   events: fanout    placement changes at --fanout-rate a second (default 100) for 60 s, each delivered to a
#                     webhook receiver on this machine: commit -> delivery p50/p99 and the events lost
#   pg:     pg        pgbench: a consent write's four rows per transaction into scratch tables (database sip_bench)
# The rate limits are turned off for the run: a service started with them on is restarted with
# SIP_RATE_LIMIT_ENABLED=false, and restarted as it was at the end. The data the run writes stays.
# usage: deploy/local/bench.sh [--quick] [--duration S] [--warmup S] [--connections N] [--fanout-rate R]
#                              [--scenario NAME]...
#   --quick 5 s per scenario (the fan-out too) after 2 s of warm-up (a smoke run); default 30 s after 10 s, the fan-out
#   60 s (--duration sets both); 32 connections. --scenario consent,meeting or write, read, fanout, pg (repeatable).
# Exit: 0 when every scenario ran with at most 1 % errors; 1 when one had more; 2 usage; 3 the stack is not up.
# Needs wrk (installed from Debian when missing and root), curl, jq, python3 and Debian's PostgreSQL binaries.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=bench/limits.sh
source "$LOCAL_DIR/bench/limits.sh"
# shellcheck source=bench/setup.sh
source "$LOCAL_DIR/bench/setup.sh"
# shellcheck source=bench/report.sh
source "$LOCAL_DIR/bench/report.sh"
# shellcheck source=bench/pg.sh
source "$LOCAL_DIR/bench/pg.sh"
# shellcheck source=bench/fanout.sh
source "$LOCAL_DIR/bench/fanout.sh"

BENCH_DIR="$LOCAL_DIR/bench"
WORK_DIR="$STATE_DIR/bench"
ALL=(consent action meeting plan schedule search fanout pg)
WRITES=(consent action meeting)
ERROR_LIMIT_PERCENT=1

usage() {
  # The header comment, up to the shellcheck directive.
  awk 'NR > 1 && /^# shellcheck/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
}

usage_error() {
  printf 'bench.sh: %s\n\n' "$1" >&2
  usage >&2
  exit 2
}

# ---- the tools: wrk from Debian (installed when missing, as start.sh does PostgreSQL), pgbench and psql ----
ensure_tools() {
  require_cmd curl jq python3
  if ! command -v wrk >/dev/null 2>&1; then
    [[ "$(id -u)" == 0 ]] || die "wrk is missing: apt-get install -y wrk"
    log "wrk missing - apt-get update && apt-get install -y wrk"
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; } >"$WORK_DIR/apt-wrk.log" 2>&1 </dev/null ||
      die "could not install wrk: see $WORK_DIR/apt-wrk.log"
  fi
  PG_BIN="$(pg_bin_dir)" || die "no PostgreSQL server binaries found (start.sh installs Debian's postgresql)"
  [[ -x "$PG_BIN/pgbench" ]] || die "no pgbench in $PG_BIN"
}

# psql as the superuser over TCP, as the services connect: pgq [-d DB] SQL.
pgq() {
  local db=sip
  if [[ "$1" == -d ]]; then db="$2"; shift 2; fi
  "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" -v ON_ERROR_STOP=1 -tA -c "$1"
}

# The stack must be up and this checkout's own: the ports may be another checkout's stack, which is never touched.
check_stack() {
  local entry status name
  for entry in "${SERVICES[@]}" postgres:; do
    name="${entry%%:*}" status=""
    if [[ "$name" == postgres ]]; then
      pgq "SELECT 1" >/dev/null 2>&1 || status="no answer on 127.0.0.1:$PG_PORT"
    else
      status="$(curl -s -m 5 "http://127.0.0.1:${entry##*:}/q/health/ready" | jq -r '.status // empty' 2>/dev/null || true)"
      if [[ "$status" == UP ]]; then
        status=""
      else
        status="not ready on 127.0.0.1:${entry##*:} (${status:-no answer})"
      fi
    fi
    [[ -n "$status" ]] || running "$name" >/dev/null || status="not started by this checkout's start.sh"
    if [[ -n "$status" ]]; then
      log "$name: $status: start the stack first (deploy/local/start.sh)"
      exit 3
    fi
  done
}

# ---- between scenarios: let the previous one's events drain, so that each is measured on its own ----
# Rows inserted so far (consumers' projections and notifications, access logs). Updates are left out: the services
# renew idempotency claims and mark events sent in the background.
rows_inserted() {
  pgq "SELECT coalesce(sum(n_tup_ins), 0) FROM pg_stat_user_tables" 2>/dev/null || echo 0
}

unsent_events() {
  local schema sql=""
  for schema in consent meeting plan notification; do
    sql+="${sql:+ + }(SELECT count(*) FROM $schema.outbox_event WHERE sent_at IS NULL AND held_at IS NULL)"
  done
  pgq "SELECT $sql" 2>/dev/null || echo 0
}

# settle [MAX]: waits until every event is sent and no rows came in for 5 s (PostgreSQL reports a backend's counts a
# few seconds late, hence the long window), for at most MAX seconds (60).
settle() {
  local max="${1:-60}" before after deadline=$((SECONDS + ${1:-60}))
  before="$(rows_inserted)"
  while ((SECONDS < deadline)); do
    sleep 5
    after="$(rows_inserted)"
    [[ "$after" == "$before" && "$(unsent_events)" == 0 ]] && return 0
    before="$after"
  done
  warn "the stack was still writing after $max s (events of the previous scenario): measuring anyway"
}

# ---- one wrk scenario ----

# run_wrk SCENARIO URL SECONDS: prints wrk's output (RESULT and SAMPLE lines). Each wrk run (warm-up or measured)
# gets its own seed, a million apart: a run never sends another's Idempotency-Key (which would be answered with the
# stored response, or 409 while that still runs) nor, for consents, its personal identity numbers.
WRK_RUNS=0
run_wrk() {
  WRK_RUNS=$((WRK_RUNS + 1))
  BENCH_SEED=$((BENCH_BASE_SEED + WRK_RUNS * 1000000)) BENCH_TOKEN="$(bench_token caseworker)" BENCH_THREADS="$THREADS" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${3}s" --timeout 10s -s "$BENCH_DIR/wrk.lua" "$2" -- "$1" >"$4" 2>&1
}

scenario_wrk() {
  local name="$1" base out line
  case "$name" in
    consent) base=http://127.0.0.1:8081 WHAT[$name]="POST /api/v1/consents" ;;
    action) base=http://127.0.0.1:8083 WHAT[$name]="POST /api/v1/plans/{id}/actions" ;;
    meeting) base=http://127.0.0.1:8082 WHAT[$name]="POST /api/v1/meetings" ;;
    plan) base=http://127.0.0.1:8083 WHAT[$name]="GET /api/v1/plans/{id}" ;;
    schedule) base=http://127.0.0.1:8083 WHAT[$name]="GET /api/v1/plans/{id}/schedule" ;;
    search) base=http://127.0.0.1:8083 WHAT[$name]="POST /api/v1/plans/search" ;;
  esac
  settle
  log "$name: warm-up ${WARMUP}s, then ${DURATION}s with $CONNECTIONS connections (${WHAT[$name]})"
  ((WARMUP == 0)) || run_wrk "$name" "$base" "$WARMUP" "$WORK_DIR/$name-warmup.out" || true
  run_wrk "$name" "$base" "$DURATION" "$WORK_DIR/$name.out" || true
  out="$(cat "$WORK_DIR/$name.out")"
  line="$(grep -m 1 '^RESULT ' <<<"$out" || true)"
  [[ -n "$line" ]] || { warn "$name: wrk printed no result: $(tr '\n' ' ' <<<"$out" | cut -c1-400)"; return 0; }
  REQUESTS[$name]="$(field requests "$line")"
  RPS[$name]="$(field rps "$line")"
  P50[$name]="$(field p50_ms "$line")"
  P99[$name]="$(field p99_ms "$line")"
  NON2XX[$name]="$(field non2xx "$line")"
  SOCKET[$name]="$(field socket "$line")"
  log "$name: ${RPS[$name]} req/s, p50 ${P50[$name]} ms, p99 ${P99[$name]} ms, ${NON2XX[$name]} non-2xx, ${SOCKET[$name]} socket errors"
  grep '^SAMPLE ' <<<"$out" | sed 's/^SAMPLE /  refused: /' >&2 || true
}

field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<"$2"; }

# ---- main ----
on_exit() {
  local rc=$?
  restore_limits || rc=1
  exit "$rc"
}

main() {
  DURATION=30 WARMUP=10 CONNECTIONS=32 FANOUT_RATE=100 FANOUT_SECONDS=60 FANOUT_GRACE=60
  local chosen=() quick=0 arg
  ARGS_TEXT="$*"
  while (($#)); do
    case "$1" in
      --quick) quick=1 ;;
      --duration | --warmup | --connections | --fanout-rate | --scenario)
        (($# >= 2)) || usage_error "$1 needs a value"
        case "$1" in
          --duration) DURATION="$2" ;;
          --warmup) WARMUP="$2" ;;
          --connections) CONNECTIONS="$2" ;;
          --fanout-rate) FANOUT_RATE="$2" ;;
          --scenario) IFS=, read -r -a arg <<<"$2"; chosen+=("${arg[@]}") ;;
        esac
        shift
        ;;
      -h | --help) usage; exit 0 ;;
      *) usage_error "unknown argument '$1'" ;;
    esac
    shift
  done
  if ((quick)); then
    [[ "$ARGS_TEXT" == *--duration* ]] || DURATION=5 FANOUT_SECONDS=5 FANOUT_GRACE=30
    [[ "$ARGS_TEXT" == *--warmup* ]] || WARMUP=2
  fi
  [[ "$ARGS_TEXT" != *--duration* ]] || FANOUT_SECONDS="$DURATION"
  [[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || usage_error "--duration must be a whole number of seconds"
  [[ "$WARMUP" =~ ^[0-9]+$ ]] || usage_error "--warmup must be a whole number of seconds"
  [[ "$CONNECTIONS" =~ ^[1-9][0-9]*$ ]] || usage_error "--connections must be a positive number"
  [[ "$FANOUT_RATE" =~ ^[1-9][0-9]*$ ]] || usage_error "--fanout-rate must be a positive whole number a second"
  RUN=()
  ((${#chosen[@]} > 0)) || chosen=(all)
  for arg in "${chosen[@]}"; do
    case "$arg" in
      all) RUN+=("${ALL[@]}") ;;
      write) RUN+=("${WRITES[@]}") ;;
      read) RUN+=(plan schedule search) ;;
      consent | action | meeting | plan | schedule | search | fanout | pg) RUN+=("$arg") ;;
      *) usage_error "unknown scenario '$arg' (one of ${ALL[*]}, write, read, all)" ;;
    esac
  done
  # In the order of ALL, each once: the ceiling first, while the services are idle.
  local ordered=() name
  for name in pg "${ALL[@]}"; do
    [[ " ${RUN[*]} " == *" $name "* && " ${ordered[*]:-} " != *" $name "* ]] && ordered+=("$name")
  done
  RUN=("${ordered[@]}")
  THREADS="$(nproc)"
  ((THREADS <= CONNECTIONS)) || THREADS="$CONNECTIONS"

  mkdir -p "$WORK_DIR"
  ensure_tools
  check_stack
  MACHINE="$(machine_line)"
  LOAD_START="$(load_average)"
  OTHER_BUILDS="$(other_builds)"
  log "scenarios: ${RUN[*]}; ${DURATION}s each after ${WARMUP}s warm-up, $CONNECTIONS connections; load $LOAD_START"
  ((OTHER_BUILDS == 0)) || warn "$OTHER_BUILDS other Maven build(s) running on this machine: the figures will be skewed"
  trap on_exit EXIT
  # pgbench alone never meets the services' limits.
  [[ "${RUN[*]}" == pg ]] || ensure_limits_off

  local writes=0 reads=0
  for name in "${RUN[@]}"; do
    case "$name" in
      action | meeting) writes=1 ;;
      plan | schedule | search) reads=1 ;;
    esac
  done
  # Two write plans per connection: each thread's in-flight requests then never share a plan.
  setup_data "$((2 * CONNECTIONS))" "$writes" "$reads"

  for name in "${RUN[@]}"; do
    case "$name" in
      pg) scenario_pg ;;
      fanout) scenario_fanout ;;
      *) scenario_wrk "$name" ;;
    esac
  done
  report
}

main "$@"
