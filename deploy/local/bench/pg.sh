# shellcheck shell=bash disable=SC2034,SC2154 # the figures (report.sh's arrays) and PG_CLIENTS are for report
# bench.sh's PostgreSQL ceiling: pgbench against the stack's PostgreSQL, in the scratch database sip_bench, with the
# rows of a consent write per transaction (pg-tables.sql, pg-write.sql). Sourced by bench.sh, never run.

scenario_pg() {
  local clients free out log_prefix tps failed p50 p99
  WHAT[pg]="pgbench: 4 inserts per transaction"
  settle
  if [[ "$(pgq "SELECT 1 FROM pg_database WHERE datname = 'sip_bench'")" != 1 ]]; then
    log "pg: creating the scratch database sip_bench"
    pgq "CREATE DATABASE sip_bench" >/dev/null
  fi
  "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d sip_bench -v ON_ERROR_STOP=1 \
    -f "$BENCH_DIR/pg-tables.sql" >/dev/null 2>&1 || die "pg: could not make the scratch tables (bench/pg-tables.sql)"
  # The services hold their pooled connections: pgbench gets what max_connections leaves, less a margin.
  free="$(pgq "SELECT current_setting('max_connections')::int - count(*) - 5 FROM pg_stat_activity
    WHERE backend_type = 'client backend'")"
  clients="$CONNECTIONS"
  if ((free < clients)); then
    warn "pg: only $free connections free on PostgreSQL: pgbench runs with $free clients instead of $CONNECTIONS"
    clients="$free"
  fi
  ((clients > 0)) || { warn "pg: no connection free; skipped"; return 0; }
  PG_CLIENTS="$clients"
  log "pg: warm-up ${WARMUP}s, then ${DURATION}s with $clients clients (pgbench, bench/pg-write.sql)"
  local pgbench=("$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$clients" -j "$THREADS"
    -f "$BENCH_DIR/pg-write.sql" sip_bench)
  ((WARMUP == 0)) || "${pgbench[@]}" -T "$WARMUP" >"$WORK_DIR/pg-warmup.out" 2>&1 || true
  log_prefix="$WORK_DIR/pgbench-log"
  rm -f "$log_prefix".*
  # Each transaction's latency goes to the log: pgbench itself prints no percentiles.
  out="$(cd "$WORK_DIR" && "${pgbench[@]}" -T "$DURATION" --log --log-prefix="$log_prefix" 2>&1)" || true
  printf '%s\n' "$out" >"$WORK_DIR/pg.out"
  tps="$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$out" | head -n 1)"
  [[ -n "$tps" ]] || { warn "pg: pgbench printed no tps: $(tail -n 5 <<<"$out" | tr '\n' ' ')"; return 0; }
  failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")"
  RPS[pg]="$(printf '%.1f' "$tps")"
  REQUESTS[pg]="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<<"$out")"
  NON2XX[pg]="${failed:-0}"
  SOCKET[pg]="$(grep -c '^pgbench: error' <<<"$out" || true)"
  read -r p50 p99 < <(cat "$log_prefix".* | awk '$3 ~ /^[0-9]+$/ {print $3}' | sort -n |
    awk '{v[NR] = $1} END {if (NR == 0) {print "- -"; exit}
      i50 = int(NR * 0.50); i99 = int(NR * 0.99); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1
      printf "%.2f %.2f\n", v[i50] / 1000, v[i99] / 1000}')
  P50[pg]="$p50" P99[pg]="$p99"
  rm -f "$log_prefix".*
  "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d sip_bench \
    -c "DROP TABLE IF EXISTS bench_entity, bench_outbox, bench_idempotency, bench_access_log" >/dev/null 2>&1 || true
  log "pg: ${RPS[pg]} transactions/s, p50 ${P50[pg]} ms, p99 ${P99[pg]} ms, ${NON2XX[pg]} failed"
}

