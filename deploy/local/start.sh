#!/usr/bin/env bash
# Starts the whole SIP system locally, without Docker:
#   - a real Apache Kafka 4.1.2 broker (KRaft, broker+controller) on 127.0.0.1:9092 / :9093,
#   - a real PostgreSQL (Debian's binaries) on 127.0.0.1:55432, database "sip" owned by role "sip" (which runs the
#     migrations), the services logging in as "sip_app"
#     (skipped when SIP_DB_URL points at an existing database; SIP_DB_USER / SIP_DB_PASSWORD, and
#     SIP_DB_MIGRATION_USER / SIP_DB_MIGRATION_PASSWORD for a role that owns the schemas and runs the migrations),
#   - a mail catcher (Debian's python3-aiosmtpd) on 127.0.0.1:1025 keeping every mail under .local/mail/,
#   - the four services as packaged JVM processes on 8081-8084 (prod profile).
# Safe to run twice: what already runs is left running and reported.
# State (data, logs, PIDs, dev keys, secrets) lives in <checkout>/.local/.
# Stop everything with deploy/local/stop.sh. --infra-only starts just Kafka and PostgreSQL.
# Environment: SIP_DB_URL, SIP_DB_USER, SIP_DB_PASSWORD, SIP_DB_MIGRATION_USER, SIP_DB_MIGRATION_PASSWORD (an external
# database), SIP_READY_TIMEOUT
# (seconds per service, default 120), SIP_JAVA_OPTS (the services' extra JVM options; unset,
# -XX:TieredStopAtLevel=1 -XX:+UseSerialGC, for a machine of a few cores; empty, the JVM's defaults).
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=settings.sh
source "$LOCAL_DIR/settings.sh"
# The steps, one job each (deploy/local/start/).
# shellcheck source=start/build.sh
source "$LOCAL_DIR/start/build.sh"
# shellcheck source=start/kafka-classpath.sh
source "$LOCAL_DIR/start/kafka-classpath.sh"
# shellcheck source=start/kafka.sh
source "$LOCAL_DIR/start/kafka.sh"
# shellcheck source=start/postgres.sh
source "$LOCAL_DIR/start/postgres.sh"
# shellcheck source=start/mail.sh
source "$LOCAL_DIR/start/mail.sh"
# shellcheck source=start/service.sh
source "$LOCAL_DIR/start/service.sh"
# shellcheck source=start/summary.sh
source "$LOCAL_DIR/start/summary.sh"

SERVICE_READY_TIMEOUT="${SIP_READY_TIMEOUT:-120}"
JAVA_CMD="java"
[[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]] && JAVA_CMD="$JAVA_HOME/bin/java"

START_SECONDS=$SECONDS

# fail_part WHAT LOGFILE MESSAGE: reports which part failed, shows its log, exits non-zero.
fail_part() {
  local what="$1" logfile="$2" msg="$3"
  printf '\n' >&2
  log "FAILED: $what: $msg"
  log "log of $what: $logfile"
  show_log_tail "$logfile" 30
  log "whatever was started is left running for inspection; deploy/local/stop.sh cleans up."
  exit 1
}

# Moves the previous log of a part aside, so each start has a fresh one.
fresh_log() {
  local f="$1"
  [[ -f "$f" ]] && mv -f "$f" "$f.prev"
  : >"$f"
}

check_prerequisites() {
  require_cmd "$JAVA_CMD" curl openssl
  local v
  v="$("$JAVA_CMD" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [[ "${v%%.*}" =~ ^[0-9]+$ && "${v%%.*}" -ge 17 ]] || die "Java 17 or newer is needed (found '${v:-unknown}' at $JAVA_CMD)"
  mkdir -p "$STATE_DIR" "$LOG_DIR" "$PID_DIR" "$KAFKA_DIR"
  # PostgreSQL (running as the postgres user) must be able to traverse .local/.
  chmod a+rx "$STATE_DIR" "$LOG_DIR" 2>/dev/null || true
}

main() {
  local infra_only=0
  case "${1:-}" in
    "") ;;
    --infra-only) infra_only=1 ;;
    -h | --help)
      sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) die "unknown argument '$1' (usage: deploy/local/start.sh [--infra-only])" ;;
  esac
  check_prerequisites
  log "starting SIP locally from $REPO_ROOT (state in $STATE_DIR)"
  ((infra_only)) || build_missing_jars
  ensure_jwt_keys
  ensure_person_ref_secret
  ensure_webhook_secret_key
  start_kafka
  start_postgres
  start_mail_catcher
  if ((infra_only)); then
    log "--infra-only: Kafka on 127.0.0.1:$KAFKA_PORT, the database $DB_URL and the mail catcher on 127.0.0.1:$MAIL_PORT are up; no services started"
    return 0
  fi
  local entry
  for entry in "${SERVICES[@]}"; do
    start_service "${entry%%:*}" "${entry##*:}"
  done
  log "waiting (up to ${SERVICE_READY_TIMEOUT}s each) for the services' /q/health/ready"
  for entry in "${SERVICES[@]}"; do
    wait_ready "${entry%%:*}" "${entry##*:}"
  done
  print_summary
}

main "$@"
