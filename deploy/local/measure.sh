#!/usr/bin/env bash
# Measures the local stack and prints the figures docs/measurements.md records:
#   - how long start.sh takes from nothing running (state under .local/ kept, jars built),
#   - per service, started alone while the others run: Quarkus' own "started in", the wall time from launch until
#     /q/health/ready is UP, and the resident memory (RSS) once ready and after 20 requests.
# Stops the stack at the end. Run it on a quiet machine: other builds on the two cores skew every figure.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

"$LOCAL_DIR/stop.sh" >/dev/null 2>&1 || true
log "timing start.sh with nothing running"
t0=$(date +%s.%N)
"$LOCAL_DIR/start.sh" >/dev/null 2>"$LOG_DIR/measure-start.log" || die "start.sh failed: see $LOG_DIR/measure-start.log"
t1=$(date +%s.%N)
printf 'start.sh, everything stopped before: %s s\n' "$(seconds_between "$t0" "$t1")"

printf '\n%-22s %12s %14s %14s %18s\n' service "started in" "ready (wall)" "RSS ready" "RSS after 20 req"
for entry in "${SERVICES[@]}"; do
  name="${entry%%:*}" port="${entry##*:}"
  pid="$(read_pid "$name")"
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  t0=$(date +%s.%N)
  "$LOCAL_DIR/start.sh" >/dev/null 2>>"$LOG_DIR/measure-start.log" || die "start.sh failed for $name"
  t1=$(date +%s.%N)
  pid="$(read_pid "$name")"
  ready_rss=$(rss_mb "$pid")
  for _ in $(seq 20); do curl -s -o /dev/null "http://127.0.0.1:$port/q/health/ready"; done
  started=$(grep -o 'started in [0-9.]*s' "$LOG_DIR/$name.log" | tail -n 1 | awk '{print $3}')
  printf '%-22s %12s %12s s %11s MB %15s MB\n' "$name" "$started" "$(seconds_between "$t0" "$t1")" "$ready_rss" "$(rss_mb "$pid")"
done
printf '\n%-22s %11s MB\n' kafka "$(rss_mb "$(read_pid kafka)")"
printf '%-22s %11s MB\n' postgres "$(rss_mb "$(read_pid postgres)")"
"$LOCAL_DIR/stop.sh" >/dev/null 2>&1
log "stopped; machine: $(nproc) cores, load now $(cut -d' ' -f1-3 /proc/loadavg)"
