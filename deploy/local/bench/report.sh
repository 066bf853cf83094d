# shellcheck shell=bash
# bench.sh's report: the machine, the settings and one line per scenario, then the services' RSS after the load.
# Sourced by bench.sh after lib.sh, never run.

# Each scenario's figures, by scenario name: filled by the scenarios, read by report.
declare -A RPS P50 P99 NON2XX SOCKET REQUESTS WHAT

machine_line() {
  local cpu mem avail
  cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
  mem="$(awk '/^MemTotal:/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)"
  avail="$(awk '/^MemAvailable:/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)"
  printf '%s cores (%s), %s GiB memory (%s GiB available at start), %s' "$(nproc)" "${cpu:-unknown CPU}" "$mem" \
    "$avail" "$(uname -sr)"
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# Other builds share the cores and skew every figure: say so (Maven runs as plexus-classworlds).
other_builds() { pgrep -fc 'org.codehaus.plexus.classworlds.launcher.Launcher' || true; }

rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{printf "%d", $1 / 1024}'; }

report() {
  local name errors err_pct ratio kind status=0 entry pid
  printf '\n== deploy/local/bench.sh%s (%s)\n' "${ARGS_TEXT:+ $ARGS_TEXT}" "$(date '+%F %H:%M')"
  printf 'machine:  %s\n' "$MACHINE"
  printf 'load:     %s at start, %s at the end (1, 5, 15 min)\n' "$LOAD_START" "$(load_average)"
  local builds_end
  builds_end="$(other_builds)"
  if ((OTHER_BUILDS + builds_end > 0)); then
    printf 'note:     other Maven builds on the machine: %s at the start, %s at the end: the figures are skewed\n' \
      "$OTHER_BUILDS" "$builds_end"
  fi
  printf 'settings: %s connections, %s wrk threads, %s s per scenario after %s s warm-up' "$CONNECTIONS" "$THREADS" \
    "$DURATION" "$WARMUP"
  [[ "${RUN[*]}" == pg ]] || printf '; rate limits off (SIP_RATE_LIMIT_ENABLED=false)'
  printf '\n'
  [[ -z "${PG_CLIENTS:-}" ]] || printf '          pgbench: %s clients, %s threads\n' "$PG_CLIENTS" "$THREADS"
  printf '\n%-9s %-34s %9s %9s %9s %9s %10s %10s\n' scenario what "req/s" "p50 ms" "p99 ms" requests errors "of pg"
  for name in "${RUN[@]}"; do
    if [[ -z "${RPS[$name]:-}" ]]; then
      printf '%-9s %-34s %9s\n' "$name" "${WHAT[$name]:-}" "FAILED (no result)"
      status=1
      continue
    fi
    errors=$((NON2XX[$name] + SOCKET[$name]))
    err_pct="$(awk -v e="$errors" -v r="${REQUESTS[$name]:-0}" 'BEGIN { printf "%.2f", (r + 0 > 0 ? 100 * e / r : 100) }')"
    ratio=""
    if [[ " ${WRITES[*]} " == *" $name "* && -n "${RPS[pg]:-}" ]]; then
      ratio="$(awk -v a="${RPS[$name]}" -v b="${RPS[pg]}" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
    fi
    printf '%-9s %-34s %9s %9s %9s %9s %10s %10s\n' "$name" "${WHAT[$name]}" "${RPS[$name]}" "${P50[$name]}" \
      "${P99[$name]}" "${REQUESTS[$name]}" "$errors" "$ratio"
    if awk -v p="$err_pct" -v l="$ERROR_LIMIT_PERCENT" 'BEGIN { exit !(p > l) }'; then
      case "$name" in
        fanout) kind="not delivered in time" ;;
        pg) kind="pgbench errors" ;;
        *) kind="socket" ;;
      esac
      printf '          ^ %s %% errors (%s non-2xx, %s %s), above %s %%\n' "$err_pct" "${NON2XX[$name]}" \
        "${SOCKET[$name]}" "$kind" "$ERROR_LIMIT_PERCENT"
      status=1
    fi
  done
  printf '\nerrors: non-2xx answers and socket errors (connect, read, write, timeout); for pg failed transactions.\n'
  if [[ -n "${RPS[fanout]:-}" ]]; then
    printf 'fanout: req/s the rate of changes achieved, p50/p99 from commit to delivery (of those delivered), errors\n'
    printf '        non-2xx and events not delivered in time; %s.\n' "$FANOUT_NOTE"
  fi
  printf 'of pg: the write scenario'"'"'s req/s as a share of pgbench'"'"'s transactions/s.\n'
  printf '\nRSS after load:'
  for entry in "${SERVICES[@]}" kafka:0 postgres:0; do
    pid="$(running "${entry%%:*}" || true)"
    [[ -z "$pid" ]] || printf ' %s %s MB;' "${entry%%:*}" "$(rss_mb "$pid")"
  done
  printf '\n'
  return "$status"
}

