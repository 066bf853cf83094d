#!/usr/bin/env bash
# Stops exactly what deploy/local/start.sh started, by the PIDs it recorded in .local/pids/:
# the services first, then Kafka, then PostgreSQL. A PID whose process is gone, or whose command
# line no longer is the one start.sh launched (a recycled PID), is never signalled.
# Safe to run when nothing runs. Data, logs, keys and secrets in .local/ are kept.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVICE_STOP_TIMEOUT=30
KAFKA_STOP_TIMEOUT=60
PG_STOP_TIMEOUT=60

# Prints the PID of NAME if it is ours and alive; otherwise reports and drops a stale pid file.
ours() {
  local name="$1" pid
  pid="$(read_pid "$name")"
  [[ -f "$(pid_file "$name")" ]] || return 1
  if [[ -z "$pid" ]]; then
    log "$name: empty pid file - removed"
  elif pid_matches "$pid" "$(expected_cmdline "$name")"; then
    echo "$pid"
    return 0
  elif [[ -d "/proc/$pid" ]]; then
    log "$name: pid $pid is now another process ($(pid_cmdline "$pid" | cut -c1-80)) - not touched"
  else
    log "$name: not running (pid $pid gone)"
  fi
  rm -f "$(pid_file "$name")"
  return 1
}

# Waits until none of NAME=PID pairs is alive as ours, up to TIMEOUT seconds; then SIGKILLs the rest.
wait_or_kill() {
  local timeout="$1"
  shift
  local deadline=$((SECONDS + timeout)) entry name pid alive
  while :; do
    alive=()
    for entry in "$@"; do
      name="${entry%%=*}"
      pid="${entry##*=}"
      pid_matches "$pid" "$(expected_cmdline "$name")" && alive+=("$entry")
    done
    ((${#alive[@]} == 0)) && break
    if ((SECONDS >= deadline)); then
      for entry in "${alive[@]}"; do
        name="${entry%%=*}"
        pid="${entry##*=}"
        if pid_matches "$pid" "$(expected_cmdline "$name")"; then
          warn "$name: still running after ${timeout}s - SIGKILL to pid $pid"
          kill -KILL "$pid" 2>/dev/null || true
        fi
      done
      sleep 1
      break
    fi
    sleep 0.5
  done
  for entry in "$@"; do
    name="${entry%%=*}"
    pid="${entry##*=}"
    if pid_matches "$pid" "$(expected_cmdline "$name")"; then
      warn "$name: pid $pid is still alive"
    else
      log "$name: stopped (pid $pid)"
      rm -f "$(pid_file "$name")"
    fi
  done
}

stop_services() {
  local entry name pid stopping=()
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"
    if pid="$(ours "$name")"; then
      log "$name: SIGTERM to pid $pid"
      kill -TERM "$pid" 2>/dev/null || true
      stopping+=("$name=$pid")
    fi
  done
  ((${#stopping[@]} == 0)) || wait_or_kill "$SERVICE_STOP_TIMEOUT" "${stopping[@]}"
}

stop_kafka() {
  local pid
  if pid="$(ours kafka)"; then
    log "kafka: SIGTERM to pid $pid (controlled shutdown)"
    kill -TERM "$pid" 2>/dev/null || true
    wait_or_kill "$KAFKA_STOP_TIMEOUT" "kafka=$pid"
  fi
}

stop_mail_catcher() {
  local pid
  if pid="$(ours mail)"; then
    log "mail catcher: SIGTERM to pid $pid (caught mails stay in .local/mail/)"
    kill -TERM "$pid" 2>/dev/null || true
    wait_or_kill 10 "mail=$pid"
  fi
}

stop_postgres() {
  local pid bin data
  pid="$(ours postgres)" || return 0
  data="$(pg_data_dir)"
  if bin="$(pg_bin_dir)"; then
    log "postgres: pg_ctl stop -m fast (pid $pid, data $data)"
    as_pg "$bin/pg_ctl" -D "$data" -m fast -w -t "$PG_STOP_TIMEOUT" stop >&2 ||
      warn "postgres: pg_ctl stop failed - falling back to signals"
  fi
  if pid_matches "$pid" "$(expected_cmdline postgres)"; then
    # SIGINT is PostgreSQL's "fast shutdown".
    kill -INT "$pid" 2>/dev/null || true
  fi
  wait_or_kill "$PG_STOP_TIMEOUT" "postgres=$pid"
}

main() {
  if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
  fi
  if [[ ! -d "$PID_DIR" ]] || [[ -z "$(ls -A "$PID_DIR" 2>/dev/null)" ]]; then
    log "nothing recorded in $PID_DIR - nothing to stop"
    exit 0
  fi
  stop_services
  stop_kafka
  stop_mail_catcher
  stop_postgres
  local left
  left="$(find "$PID_DIR" -name '*.pid' -printf '%f ' 2>/dev/null)"
  if [[ -n "$left" ]]; then
    warn "still recorded (not stopped): $left"
    exit 1
  fi
  log "all stopped"
}

main "$@"
