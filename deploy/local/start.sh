#!/usr/bin/env bash
# Starts the whole SIP system locally, without Docker:
#   - a real Apache Kafka 4.1.2 broker (KRaft, broker+controller) on 127.0.0.1:9092 / :9093,
#   - a real PostgreSQL (Debian's binaries) on 127.0.0.1:55432, database and role "sip"
#     (skipped when SIP_DB_URL points at an existing database; SIP_DB_USER / SIP_DB_PASSWORD),
#   - a mail catcher (Debian's python3-aiosmtpd) on 127.0.0.1:1025 keeping every mail under .local/mail/,
#   - the four services as packaged JVM processes on 8081-8084 (prod profile).
# Safe to run twice: what already runs is left running and reported.
# State (data, logs, PIDs, dev keys, secrets) lives in <checkout>/.local/.
# Stop everything with deploy/local/stop.sh. --infra-only starts just Kafka and PostgreSQL.
# Environment: SIP_DB_URL/SIP_DB_USER/SIP_DB_PASSWORD (external database), SIP_READY_TIMEOUT
# (seconds per service, default 120), SIP_JAVA_OPTS (extra JVM options for the services, e.g.
# -XX:TieredStopAtLevel=1 for a faster start on a small machine).
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SERVICE_READY_TIMEOUT="${SIP_READY_TIMEOUT:-120}"
KAFKA_START_TIMEOUT=60
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

# ---------------------------------------------------------------- service jars
build_missing_jars() {
  local missing=() entry name
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"
    [[ -f "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar" ]] || missing+=("$name")
  done
  if ((${#missing[@]} == 0)); then
    log "service jars: all four packaged (not rebuilt; run ./mvnw package yourself after changes)"
    return 0
  fi
  local modules
  modules="$(IFS=,; echo "${missing[*]}")"
  log "service jars missing for: ${missing[*]} - building them (./mvnw -B -q -DskipTests package -pl $modules -am)"
  local buildlog="$LOG_DIR/build.log"
  fresh_log "$buildlog"
  if ! (cd "$REPO_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}" ./mvnw -B -q -DskipTests package -pl "$modules" -am) >"$buildlog" 2>&1 </dev/null; then
    fail_part "the Maven build" "$buildlog" "could not package $modules"
  fi
  for name in "${missing[@]}"; do
    [[ -f "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar" ]] ||
      fail_part "the Maven build" "$buildlog" "$name/target/quarkus-app/quarkus-run.jar still missing after the build"
  done
  log "service jars built"
}

# ---------------------------------------------------------------- Kafka
KAFKA_CLUSTER_ID="c2lwLWxvY2FsLWthZmthMQ" # fixed, 22 characters (base64url of 16 bytes)

kafka_classpath() {
  local cpfile="$KAFKA_DIR/classpath.txt" pom="$LOCAL_DIR/kafka/pom.xml" stale=0 jar
  if [[ ! -s "$cpfile" || "$pom" -nt "$cpfile" ]]; then
    stale=1
  else
    while IFS= read -r jar; do
      [[ -f "$jar" ]] || { stale=1; break; }
    done < <(tr ':' '\n' <"$cpfile")
  fi
  if ((stale)); then
    log "Kafka: resolving the broker's classpath from Maven Central (org.apache.kafka:kafka_2.13 + slf4j-simple)"
    local mvnlog="$LOG_DIR/kafka-classpath.log"
    if ! (cd "$REPO_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}" ./mvnw -B -q -f deploy/local/kafka/pom.xml \
      dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$cpfile.tmp") >"$mvnlog" 2>&1 </dev/null; then
      rm -f "$cpfile.tmp"
      fail_part "Kafka (classpath resolution)" "$mvnlog" "Maven could not resolve deploy/local/kafka/pom.xml"
    fi
    mv -f "$cpfile.tmp" "$cpfile"
  fi
  cat "$cpfile"
}

write_kafka_properties() {
  cat >"$KAFKA_DIR/server.properties" <<EOF
# Written by deploy/local/start.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
EOF
}

start_kafka() {
  local pid logfile="$LOG_DIR/kafka.log"
  if pid="$(running kafka)"; then
    log "Kafka: already running (pid $pid) on 127.0.0.1:$KAFKA_PORT - left running"
    return 0
  fi
  rm -f "$(pid_file kafka)"
  if port_open "$KAFKA_PORT" || port_open "$KAFKA_CONTROLLER_PORT"; then
    fail_part "Kafka" "$logfile" "port $KAFKA_PORT or $KAFKA_CONTROLLER_PORT is taken by a process start.sh did not start"
  fi
  local cp
  cp="$(kafka_classpath)"
  write_kafka_properties
  fresh_log "$logfile"
  local jvm_opts=(-Xmx512m -Xms128m -Dorg.slf4j.simpleLogger.showDateTime=true
    "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS" -Dorg.slf4j.simpleLogger.defaultLogLevel=info)
  if [[ ! -f "$KAFKA_DIR/data/meta.properties" ]]; then
    log "Kafka: formatting storage in $KAFKA_DIR/data (cluster id $KAFKA_CLUSTER_ID)"
    "$JAVA_CMD" "${jvm_opts[@]}" -cp "$cp" kafka.tools.StorageTool format \
      -t "$KAFKA_CLUSTER_ID" -c "$KAFKA_DIR/server.properties" >>"$logfile" 2>&1 </dev/null ||
      fail_part "Kafka (storage format)" "$logfile" "kafka.tools.StorageTool format failed"
  else
    log "Kafka: storage already formatted ($KAFKA_DIR/data)"
  fi
  log "Kafka: starting the broker (KRaft, broker+controller) on 127.0.0.1:$KAFKA_PORT"
  nohup "$JAVA_CMD" "${jvm_opts[@]}" -cp "$cp" kafka.Kafka "$KAFKA_DIR/server.properties" >>"$logfile" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$(pid_file kafka)"
  local deadline=$((SECONDS + KAFKA_START_TIMEOUT))
  until port_open "$KAFKA_PORT"; do
    pid_matches "$pid" "$(expected_cmdline kafka)" || fail_part "Kafka" "$logfile" "the broker process (pid $pid) exited during start-up"
    ((SECONDS < deadline)) || fail_part "Kafka" "$logfile" "port $KAFKA_PORT did not answer within ${KAFKA_START_TIMEOUT}s"
    sleep 0.5
  done
  log "Kafka: up (pid $pid), 127.0.0.1:$KAFKA_PORT answers"
}

# ---------------------------------------------------------------- PostgreSQL
DB_URL=""
DB_USER=""
DB_PASSWORD=""

ensure_pg_binaries() {
  local bin
  if bin="$(pg_bin_dir)"; then
    echo "$bin"
    return 0
  fi
  [[ "$(id -u)" == 0 ]] || die "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin; install them (sudo apt-get install -y postgresql) or set SIP_DB_URL"
  log "PostgreSQL: server binaries missing - apt-get update && apt-get install -y postgresql"
  local aptlog="$LOG_DIR/apt-postgresql.log"
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >"$aptlog" 2>&1 </dev/null ||
    fail_part "PostgreSQL (apt-get install)" "$aptlog" "could not install postgresql"
  bin="$(pg_bin_dir)" || fail_part "PostgreSQL (apt-get install)" "$aptlog" "still no /usr/lib/postgresql/*/bin/initdb"
  echo "$bin"
}

# Chooses where PostgreSQL keeps its state: <checkout>/.local/postgres when the postgres user can
# reach it, otherwise a directory outside the checkout. The choice is recorded for stop.sh.
choose_pg_root() {
  local root recorded=0
  if [[ -f "$PG_LOCATION_FILE" ]]; then
    root="$(cat "$PG_LOCATION_FILE")"
    recorded=1
  else
    root="$STATE_DIR/postgres"
  fi
  mkdir -p "$root"
  [[ "$(id -u)" == 0 ]] || { echo "$root" >"$PG_LOCATION_FILE"; return 0; }
  chown postgres:postgres "$root"
  chmod 700 "$root"
  if ! runuser -u postgres -- test -w "$root" -a -x "$root"; then
    ((recorded == 0)) || die "the postgres user cannot use $root (recorded in $PG_LOCATION_FILE)"
    local fallback
    fallback="/var/lib/sip-local/$(printf '%s' "$REPO_ROOT" | cksum | cut -d' ' -f1)/postgres"
    warn "PostgreSQL: the postgres user cannot traverse the parents of $root;"
    warn "PostgreSQL: keeping its data in $fallback instead (outside the checkout, kept between runs)"
    rmdir "$root" 2>/dev/null || true
    root="$fallback"
    mkdir -p "$root"
    chmod 755 "$(dirname "$root")" "$(dirname "$(dirname "$root")")"
    chown postgres:postgres "$root"
    chmod 700 "$root"
    runuser -u postgres -- test -w "$root" -a -x "$root" || die "the postgres user cannot use $root either"
  fi
  echo "$root" >"$PG_LOCATION_FILE"
}

pg_psql() {
  "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tA "$@"
}

start_postgres() {
  if [[ -n "${SIP_DB_URL:-}" ]]; then
    DB_URL="$SIP_DB_URL"
    DB_USER="${SIP_DB_USER:-sip}"
    DB_PASSWORD="${SIP_DB_PASSWORD:-}"
    log "PostgreSQL: SIP_DB_URL is set - using $DB_URL as user '$DB_USER'; no local PostgreSQL started"
    return 0
  fi
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/sip"
  DB_USER="sip"
  DB_PASSWORD=""
  PG_BIN="$(ensure_pg_binaries)"
  choose_pg_root
  local root data rundir logfile pid
  root="$(pg_root)"
  data="$root/data"
  rundir="$root/run"
  logfile="$LOG_DIR/postgres.log"
  if [[ "$(id -u)" == 0 ]]; then
    touch "$logfile"
    chown postgres:postgres "$logfile"
    runuser -u postgres -- test -w "$logfile" || logfile="$root/postgres.log"
  fi

  if pid="$(running postgres)"; then
    log "PostgreSQL: already running (pid $pid) on 127.0.0.1:$PG_PORT, data in $data - left running"
  else
    rm -f "$(pid_file postgres)"
    if port_open "$PG_PORT"; then
      fail_part "PostgreSQL" "$logfile" "port $PG_PORT is taken by a process start.sh did not start"
    fi
    if [[ ! -f "$data/PG_VERSION" ]]; then
      log "PostgreSQL: initdb (UTF8, trust auth, superuser 'postgres') into $data"
      as_pg "$PG_BIN/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C >"$LOG_DIR/initdb.log" 2>&1 </dev/null ||
        fail_part "PostgreSQL (initdb)" "$LOG_DIR/initdb.log" "initdb failed"
    fi
    as_pg mkdir -p "$rundir"
    log "PostgreSQL: starting $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (socket dir $rundir)"
    if ! as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$logfile" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $rundir" start >"$LOG_DIR/pg_ctl.log" 2>&1 </dev/null; then
      cat "$LOG_DIR/pg_ctl.log" >&2
      fail_part "PostgreSQL" "$logfile" "pg_ctl start failed"
    fi
    pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null | tr -dc '0-9')"
    [[ -n "$pid" ]] || fail_part "PostgreSQL" "$logfile" "no PID in $data/postmaster.pid"
    echo "$pid" >"$(pid_file postgres)"
    log "PostgreSQL: up (pid $pid)"
  fi

  if [[ "$(pg_psql -c "SELECT 1 FROM pg_roles WHERE rolname = 'sip'")" != 1 ]]; then
    log "PostgreSQL: creating role sip (login)"
    pg_psql -c "CREATE ROLE sip LOGIN" >/dev/null || fail_part "PostgreSQL" "$logfile" "could not create role sip"
  fi
  if [[ "$(pg_psql -c "SELECT 1 FROM pg_database WHERE datname = 'sip'")" != 1 ]]; then
    log "PostgreSQL: creating database sip owned by sip"
    pg_psql -c "CREATE DATABASE sip OWNER sip ENCODING 'UTF8'" >/dev/null || fail_part "PostgreSQL" "$logfile" "could not create database sip"
  fi
}

# ---------------------------------------------------------------- mail catcher
ensure_aiosmtpd() {
  "$MAIL_PYTHON" -c 'import aiosmtpd' >/dev/null 2>&1 && return 0
  [[ "$(id -u)" == 0 ]] || die "the mail catcher needs Debian's python3-aiosmtpd: sudo apt-get install -y python3-aiosmtpd"
  log "mail catcher: python3-aiosmtpd missing - apt-get update && apt-get install -y python3-aiosmtpd"
  local aptlog="$LOG_DIR/apt-aiosmtpd.log"
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-aiosmtpd; } >"$aptlog" 2>&1 </dev/null ||
    fail_part "mail catcher (apt-get install)" "$aptlog" "could not install python3-aiosmtpd"
}

start_mail_catcher() {
  local pid logfile="$LOG_DIR/mail.log"
  if pid="$(running mail)"; then
    log "mail catcher: already running (pid $pid) on 127.0.0.1:$MAIL_PORT - left running"
    return 0
  fi
  rm -f "$(pid_file mail)"
  port_open "$MAIL_PORT" && fail_part "mail catcher" "$logfile" "port $MAIL_PORT is taken by a process start.sh did not start"
  ensure_aiosmtpd
  # A Maildir: Python's mailbox.Maildir makes tmp/, new/ and cur/ only when it creates the directory itself.
  mkdir -p "$MAIL_DIR/tmp" "$MAIL_DIR/new" "$MAIL_DIR/cur"
  fresh_log "$logfile"
  log "mail catcher: starting on 127.0.0.1:$MAIL_PORT, mails kept in $MAIL_DIR/new/"
  nohup "$MAIL_PYTHON" -m aiosmtpd -n -l "127.0.0.1:$MAIL_PORT" -c aiosmtpd.handlers.Mailbox "$MAIL_DIR" \
    >>"$logfile" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$(pid_file mail)"
  local deadline=$((SECONDS + 20))
  until port_open "$MAIL_PORT"; do
    pid_matches "$pid" "$(expected_cmdline mail)" || fail_part "mail catcher" "$logfile" "it exited during start-up"
    ((SECONDS < deadline)) || fail_part "mail catcher" "$logfile" "port $MAIL_PORT did not answer within 20s"
    sleep 0.5
  done
  log "mail catcher: up (pid $pid)"
}

# ---------------------------------------------------------------- services
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
  fresh_log "$logfile"
  log "$name: starting on 127.0.0.1:$port"
  (
    cd "$REPO_ROOT"
    SIP_PERSON_REF_SECRET="$(cat "$PERSON_REF_SECRET_FILE")"
    # Bound to loopback only: this is a dev stack with dev keys and a trust-auth database. The services sign their
    # service-to-service tokens with the dev private key, as token.sh does.
    export SIP_PERSON_REF_SECRET QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
      QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" \
      QUARKUS_DATASOURCE_USERNAME="$DB_USER" \
      QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
      KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="$JWT_PUBLIC_KEY" \
      MP_JWT_VERIFY_ISSUER="$JWT_ISSUER" \
      SMALLRYE_JWT_SIGN_KEY_LOCATION="$JWT_PRIVATE_KEY" \
      QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$MAIL_PORT" \
      SIP_WEBHOOKS_ALLOWED_HOSTS=127.0.0.1,localhost
    # shellcheck disable=SC2086 # SIP_JAVA_OPTS is a list of JVM options
    exec nohup "$JAVA_CMD" -Xmx256m ${SIP_JAVA_OPTS:-} -jar "$jar" >>"$logfile" 2>&1 </dev/null
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

print_summary() {
  local entry name port took=$((SECONDS - START_SECONDS))
  cat <<EOF

SIP is running locally (start.sh took ${took}s).

  service               API base                 Swagger UI                              log
EOF
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"
    port="${entry##*:}"
    printf '  %-21s %-24s %-39s %s\n' "$name" "http://127.0.0.1:$port" "http://127.0.0.1:$port/q/swagger-ui" ".local/logs/$name.log"
  done
  printf '\n  Kafka                 127.0.0.1:%s (KRaft)                                        .local/logs/kafka.log\n' "$KAFKA_PORT"
  printf '  Mail catcher          127.0.0.1:%s (SMTP; every mail a file in .local/mail/new/)  .local/logs/mail.log\n' "$MAIL_PORT"
  if [[ -n "${SIP_DB_URL:-}" ]]; then
    printf '  PostgreSQL            %s (external, SIP_DB_URL)\n' "$DB_URL"
  else
    printf '  PostgreSQL            %s (user sip, data in %s)\n' "$DB_URL" "$(pg_data_dir)"
  fi
  cat <<EOF

  Health, OpenAPI, metrics: /q/health/ready, /q/openapi, /q/metrics on every port (no token needed).

Call an API with a dev token (RS256, issuer $JWT_ISSUER, signed with .local/keys/jwt-private.pem):

  TOKEN="\$(deploy/local/token.sh --sub cw-1 --org kommun-0583 --org-type MUNICIPALITY --groups caseworker,manager)"
  curl -i -H "Authorization: Bearer \$TOKEN" 'http://127.0.0.1:8081/api/v1/consents?personId=191212121212'

Stop everything: deploy/local/stop.sh
EOF
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
