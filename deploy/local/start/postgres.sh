# shellcheck shell=bash disable=SC2034 # DB_URL, DB_USER, DB_PASSWORD, DB_MIGRATION_*: for service.sh and summary.sh
# start.sh's database step: Debian's PostgreSQL (installed when missing and root) on 127.0.0.1, its data in .local/
# or, when the postgres user cannot reach that, outside the checkout; then the role and database "sip". Skipped for
# an existing database named by SIP_DB_URL. Sets DB_URL, DB_USER and DB_PASSWORD (the services' login), DB_MIGRATION_USER and DB_MIGRATION_PASSWORD (the
# schemas' owner, which runs the migrations; empty for an external database without SIP_DB_MIGRATION_USER). Sourced by start.sh, never run.

DB_URL=""
DB_USER=""
DB_PASSWORD=""
DB_MIGRATION_USER=""
DB_MIGRATION_PASSWORD=""

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
    DB_MIGRATION_USER="${SIP_DB_MIGRATION_USER:-}"
    DB_MIGRATION_PASSWORD="${SIP_DB_MIGRATION_PASSWORD:-}"
    log "PostgreSQL: SIP_DB_URL is set - using $DB_URL as user '$DB_USER'; no local PostgreSQL started"
    return 0
  fi
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/sip"
  DB_USER="sip_app"
  DB_PASSWORD=""
  # Trust auth checks no password, but Quarkus takes a migration login only with one.
  DB_MIGRATION_USER="sip"
  DB_MIGRATION_PASSWORD="local"
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
  if [[ "$(pg_psql -c "SELECT 1 FROM pg_roles WHERE rolname = 'sip_app'")" != 1 ]]; then
    log "PostgreSQL: creating role sip_app (login; the services run as it, with what the migrations grant it)"
    pg_psql -c "CREATE ROLE sip_app LOGIN" >/dev/null || fail_part "PostgreSQL" "$logfile" "could not create role sip_app"
  fi
  if [[ "$(pg_psql -c "SELECT 1 FROM pg_database WHERE datname = 'sip'")" != 1 ]]; then
    log "PostgreSQL: creating database sip owned by sip"
    pg_psql -c "CREATE DATABASE sip OWNER sip ENCODING 'UTF8'" >/dev/null || fail_part "PostgreSQL" "$logfile" "could not create database sip"
  fi
}
