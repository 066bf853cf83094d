# shellcheck shell=bash
# bench.sh's rate-limit step: the services' per-caller and per-organisation limits (platform RateLimitFilter,
# sip.rate-limit.*) would answer a benchmark with 429s, so the run needs them off. A service that start.sh started
# with them on is stopped and started again with SIP_RATE_LIMIT_ENABLED=false, and at the end (restore_limits, from
# bench.sh's exit trap) stopped and started again as it was. Sourced by bench.sh after lib.sh, never run.

LIMITED=()       # the services restarted with the limits off, to be restored
RESTORE_ENV=()   # NAME=VALUE: what start.sh had in its environment for them (start.sh reads these)

# limits_off NAME: true when the running service NAME was started with the rate limits off.
limits_off() {
  local pid="$1" env_lines
  env_lines="$(tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null || true)"
  grep -qix 'SIP_RATE_LIMIT_ENABLED=false' <<<"$env_lines" && return 0
  [[ "$(pid_cmdline "$pid")" == *"-Dsip.rate-limit.enabled=false "* ]]
}

# start.sh's own inputs as the service saw them, so that its restart matches how it was started.
start_env_of() {
  tr '\0' '\n' <"/proc/$1/environ" 2>/dev/null |
    grep -E '^(SIP_JAVA_OPTS|SIP_DB_[A-Z_]+|SIP_READY_TIMEOUT|SIP_RATE_LIMIT_[A-Z_]+|JAVA_HOME)=' || true
}

# stop_services NAME...: SIGTERM to each recorded PID that is really ours, all at once, then waits for them to go.
stop_services() {
  local name pid stopping=()
  for name in "$@"; do
    pid="$(running "$name")" || continue
    log "$name: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    stopping+=("$name:$pid")
  done
  local entry
  for entry in "${stopping[@]}"; do
    name="${entry%%:*}" pid="${entry##*:}"
    for _ in $(seq 60); do
      pid_matches "$pid" "$(expected_cmdline "$name")" || break
      sleep 0.5
    done
    pid_matches "$pid" "$(expected_cmdline "$name")" && die "$name (pid $pid) did not stop within 30 s"
    rm -f "$(pid_file "$name")"
  done
}

# Turns the limits off where they are on. Dies (exit 3) when a service is not one start.sh started: its settings
# cannot be read or changed from here.
ensure_limits_off() {
  local entry name pid
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"
    pid="$(running "$name")" || {
      log "$name answers but was not started by deploy/local/start.sh (no matching .local/pids/$name.pid)"
      exit 3
    }
    if limits_off "$pid"; then
      log "$name: rate limits already off (pid $pid)"
    else
      LIMITED+=("$name")
      ((${#RESTORE_ENV[@]} > 0)) || mapfile -t RESTORE_ENV < <(start_env_of "$pid")
    fi
  done
  ((${#LIMITED[@]} > 0)) || return 0
  log "rate limits are on in: ${LIMITED[*]} - restarting them with SIP_RATE_LIMIT_ENABLED=false (restored at the end)"
  stop_services "${LIMITED[@]}"
  # start.sh starts what is not running; its summary (stdout) goes to a file, its progress (stderr) is shown.
  env "${RESTORE_ENV[@]}" SIP_RATE_LIMIT_ENABLED=false "$LOCAL_DIR/start.sh" >"$WORK_DIR/start.out" ||
    die "start.sh could not start ${LIMITED[*]} with the limits off: see $LOG_DIR/"
}

# Restarts the services restarted above as they were started before (limits on). Returns non-zero on failure.
restore_limits() {
  ((${#LIMITED[@]} > 0)) || return 0
  log "restoring the rate limits: restarting ${LIMITED[*]} as they were started"
  stop_services "${LIMITED[@]}"
  # A second try after a pause: a build in this checkout may be repackaging a service's jar just then.
  local try
  for try in 1 2; do
    if env -u SIP_RATE_LIMIT_ENABLED "${RESTORE_ENV[@]}" "$LOCAL_DIR/start.sh" >"$WORK_DIR/start.out"; then
      LIMITED=()
      return 0
    fi
    ((try == 2)) || { warn "start.sh failed; trying again in 30 s"; sleep 30; }
  done
  warn "start.sh could not restart ${LIMITED[*]}: run deploy/local/start.sh (see $LOG_DIR/)"
  return 1
}
