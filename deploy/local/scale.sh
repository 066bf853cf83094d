#!/usr/bin/env bash
# The simulation at scale: a throwaway PostgreSQL cluster (Debian's binaries) in .local/scale/ on port 55433, every
# part script deploy/local/scale/*.sh run against it in name order, then the cluster stopped and deleted. Each part
# makes its own database, fills it to production volumes and prints markdown (EXPLAIN (ANALYZE, BUFFERS) and timings)
# on stdout; progress goes to stderr. The report is also kept in .local/scale-reports/<time>.md (git-ignored).
# docs/capacity.md records the figures of a full run.
# usage: deploy/local/scale.sh [--keep] [--rows N] [--part NAME]...
#   --keep    leave the cluster running with every part's database (stop it with the pg_ctl line printed at the end)
#   --rows N  scale the parts down, e.g. --rows 1000000 for a smoke run: exported as SCALE_ROWS, which a part reads
#             as its main volume (the access log's rows: default 100 000 000, about 40 GB and 30-60 minutes on two
#             cores); a part may have variables of its own besides (see the head of each part script)
#   --part    run only this part (the script's name without .sh); repeatable
# Everything heavy runs under nice -n 19 (the cluster and every part), so that other work on the machine keeps priority.
# Exit: 0 when every part succeeded, 1 when one failed (the others still run), 2 usage.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCALE_PORT=55433
SCALE_ROOT="$STATE_DIR/scale"
SCALE_DATA="$SCALE_ROOT/data"
SCALE_RUN="$SCALE_ROOT/run"
SCALE_LOG="$SCALE_ROOT/postgres.log"
REPORT_DIR="$STATE_DIR/scale-reports"

keep=0
rows=""
parts=()
while (($#)); do
  case "$1" in
    --keep) keep=1 ;;
    --rows)
      [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "--rows needs a positive number" >&2; exit 2; }
      rows="$2"
      shift
      ;;
    --part)
      [[ -n "${2:-}" ]] || { echo "--part needs a name" >&2; exit 2; }
      parts+=("$2")
      shift
      ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

PG_BIN="$(pg_bin_dir)" || die "no PostgreSQL binaries in /usr/lib/postgresql/*/bin (Debian: apt-get install -y postgresql)"
port_open "$SCALE_PORT" && die "port $SCALE_PORT is taken: another scale run (--keep)? stop it first"

# The parts, in name order.
scripts=()
for f in "$LOCAL_DIR"/scale/*.sh; do
  [[ -f "$f" ]] || continue
  name="$(basename "$f" .sh)"
  if ((${#parts[@]})); then
    printf '%s\n' "${parts[@]}" | grep -qxF "$name" || continue
  fi
  scripts+=("$f")
done
((${#scripts[@]})) || die "no part script to run in $LOCAL_DIR/scale/"

# shellcheck disable=SC2317 # called by the EXIT trap
stop_cluster() {
  if [[ -f "$SCALE_DATA/postmaster.pid" ]]; then
    log "stopping the scale cluster"
    as_pg "$PG_BIN/pg_ctl" -D "$SCALE_DATA" -m fast -w -t 120 stop >/dev/null 2>&1 || warn "pg_ctl stop failed (see $SCALE_LOG)"
  fi
}
# shellcheck disable=SC2317 # the EXIT trap
finish() {
  local rc=$?
  if ((keep)); then
    log "kept: the cluster still runs on 127.0.0.1:$SCALE_PORT (psql -h 127.0.0.1 -p $SCALE_PORT -U postgres);"
    log "stop and delete it with: runuser -u postgres -- $PG_BIN/pg_ctl -D $SCALE_DATA stop && rm -rf $SCALE_ROOT"
  else
    stop_cluster
    log "deleting $SCALE_ROOT"
    rm -rf "$SCALE_ROOT"
  fi
  exit "$rc"
}

# A fresh cluster, owned by the postgres user when we are root (initdb refuses root).
if [[ -e "$SCALE_ROOT" ]]; then
  [[ -f "$SCALE_DATA/postmaster.pid" ]] && die "$SCALE_ROOT holds a cluster that may still run (a --keep run): stop it and delete the directory first"
  rm -rf "$SCALE_ROOT"
fi
mkdir -p "$SCALE_ROOT" "$REPORT_DIR"
trap finish EXIT
trap 'exit 130' INT TERM
if [[ "$(id -u)" == 0 ]]; then
  chown postgres:postgres "$SCALE_ROOT"
  chmod 700 "$SCALE_ROOT"
  runuser -u postgres -- test -w "$SCALE_ROOT" -a -x "$SCALE_ROOT" ||
    die "the postgres user cannot reach $SCALE_ROOT (a parent directory not traversable?)"
fi
log "initdb into $SCALE_DATA ($("$PG_BIN/postgres" --version | awk '{print $3}'))"
as_pg nice -n 19 "$PG_BIN/initdb" -D "$SCALE_DATA" -U postgres -A trust -E UTF8 --locale=C >"$SCALE_ROOT/initdb.log" 2>&1 </dev/null ||
  { cat "$SCALE_ROOT/initdb.log" >&2; die "initdb failed"; }
as_pg mkdir -p "$SCALE_RUN"
# Settings of a modest production server, scaled to a shared machine: 1 GB of shared buffers, WAL kept small,
# no parallel workers (two cores, shared).
log "starting PostgreSQL on 127.0.0.1:$SCALE_PORT under nice -n 19"
as_pg nice -n 19 "$PG_BIN/pg_ctl" -D "$SCALE_DATA" -l "$SCALE_LOG" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $SCALE_PORT \
  -k $SCALE_RUN -c shared_buffers=1GB -c maintenance_work_mem=512MB -c work_mem=32MB -c effective_cache_size=8GB \
  -c max_wal_size=2GB -c checkpoint_timeout=15min -c wal_level=minimal -c max_wal_senders=0 -c jit=off \
  -c max_parallel_workers_per_gather=0 -c max_parallel_maintenance_workers=0 -c random_page_cost=1.1 \
  -c track_io_timing=on" start >"$SCALE_ROOT/pg_ctl.log" 2>&1 </dev/null ||
  { cat "$SCALE_ROOT/pg_ctl.log" "$SCALE_LOG" >&2; die "pg_ctl start failed"; }

report="$REPORT_DIR/$(date +%Y%m%d-%H%M%S).md"
export PGHOST=127.0.0.1 PGPORT="$SCALE_PORT" PGUSER=postgres PG_BIN
[[ -n "$rows" ]] && export SCALE_ROWS="$rows"
# With --keep the parts keep their databases too: each part gets --keep (and SCALE_KEEP=1).
export SCALE_KEEP="$keep"
part_args=()
((keep)) && part_args=(--keep)
failed=0
{
  printf '# Scale run %s\n\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  printf 'PostgreSQL %s, %s cores, %s GiB, load average at the start %s%s.\n' \
    "$("$PG_BIN/postgres" --version | awk '{print $3}')" "$(nproc)" \
    "$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
    "${rows:+, scaled down to $rows rows}"
} | tee "$report"
for script in "${scripts[@]}"; do
  name="$(basename "$script" .sh)"
  log "part $name: starting"
  start=$(date +%s)
  if nice -n 19 bash "$script" "${part_args[@]}" | tee -a "$report"; then
    log "part $name: done in $(( $(date +%s) - start )) s"
  else
    warn "part $name failed after $(( $(date +%s) - start )) s"
    failed=1
  fi
done
log "report: $report"
exit "$failed"
