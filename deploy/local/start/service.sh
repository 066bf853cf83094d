# shellcheck shell=bash
# start.sh's service step: one packaged service as a JVM process on 127.0.0.1 with its settings (settings.sh), and
# the wait until its /q/health/ready is UP. Sourced by start.sh, never run.

start_service() {
  local name="$1" port="$2" pid
  local jar="$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar" logfile="$LOG_DIR/$name.log"
  if pid="$(running "$name")"; then
    log "$name: already running (pid $pid) on 127.0.0.1:$port - left running"
    return 0
  fi
  rm -f "$(pid_file "$name")"
  if port_open "$port"; then
    fail_part "$name" "$logfile" "port $port is taken by a process start.sh did not start"
  fi
  # Its settings on one machine (settings.sh), pointed at this stack's database.
  local lines settings
  lines="$(local_settings "$name" "DB_URL=$DB_URL" "DB_USER=$DB_USER" "DB_PASSWORD=$DB_PASSWORD" \
    "DB_MIGRATION_USER=$DB_MIGRATION_USER" "DB_MIGRATION_PASSWORD=$DB_MIGRATION_PASSWORD")"
  mapfile -t settings <<<"$lines"
  fresh_log "$logfile"
  log "$name: starting on 127.0.0.1:$port"
  (
    cd "$REPO_ROOT" || exit 1
    # Bound to loopback only: this is a dev stack with dev keys and a trust-auth database.
    export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" "${settings[@]}"
    # Unless SIP_JAVA_OPTS says otherwise (set it empty for the JVM's defaults): only the quick JIT compiler (C1), for
    # four JVMs on a machine of a few cores spend their cores on the optimising one (C2) instead of requests, and the
    # serial collector, which keeps less memory beside a 256 MB heap than G1; two malloc arenas instead of one per
    # core and thread. Measured in docs/measurements.md: start-up a third shorter, a third less memory after load.
    export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
    # shellcheck disable=SC2086 # SIP_JAVA_OPTS is a list of JVM options
    exec nohup "$JAVA_CMD" -Xmx256m ${SIP_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -jar "$jar" \
      >>"$logfile" 2>&1 </dev/null
  ) &
  pid=$!
  echo "$pid" >"$(pid_file "$name")"
}

health_status() {
  local body
  body="$(curl -s -m 5 "http://127.0.0.1:$1/q/health/ready" 2>/dev/null)" || { echo "no answer"; return 0; }
  if command -v jq >/dev/null 2>&1; then
    jq -r '.status // "unknown"' <<<"$body" 2>/dev/null || echo "unparsable"
  else
    sed -n 's/^[^"]*"status"[^"]*"\([A-Z]*\)".*/\1/p' <<<"$body" | head -n 1
  fi
}

wait_ready() {
  local name="$1" port="$2" pid status deadline=$((SECONDS + SERVICE_READY_TIMEOUT))
  local logfile="$LOG_DIR/$name.log"
  pid="$(read_pid "$name")"
  while :; do
    status="$(health_status "$port")"
    [[ "$status" == "UP" ]] && break
    pid_matches "$pid" "$(expected_cmdline "$name")" ||
      fail_part "$name" "$logfile" "the process (pid $pid) exited before it became ready"
    ((SECONDS < deadline)) ||
      fail_part "$name" "$logfile" "http://127.0.0.1:$port/q/health/ready not UP within ${SERVICE_READY_TIMEOUT}s (last: $status)"
    sleep 1
  done
  log "$name: ready (pid $pid) - http://127.0.0.1:$port/q/health/ready is UP"
}
