# shellcheck shell=bash disable=SC2034,SC2153,SC2154 # the figures: report.sh's arrays; FANOUT_*: bench.sh's
# bench.sh's event fan-out: placement changes at a fixed rate, each delivered to a webhook receiver on this machine
# (fanout.py does the sending, receiving and counting). Sourced by bench.sh, never run.

# result KEY: KEY's value in fanout.py's RESULT line (scenario_fanout's $line).
result() { field "$1" "$line"; }

scenario_fanout() {
  local out line plans=()
  WHAT[fanout]="placement change -> webhook"
  # notification-service consumes every event of the scenarios before: its backlog would delay these deliveries.
  settle 300
  # One change per plan a second: a plan's changes must come in order, and each is long answered before the next.
  setup_fanout "$FANOUT_RATE"
  read -r -a plans <<<"$FANOUT_PLANS"
  settle 300
  log "fanout: $FANOUT_RATE placement changes a second for ${FANOUT_SECONDS}s, then up to ${FANOUT_GRACE}s for the" \
    "last deliveries"
  out="$(BENCH_TOKEN="$(bench_token caseworker)" BENCH_MANAGER_TOKEN="$(bench_token manager)" BENCH_TODAY="$BENCH_TODAY" \
    python3 "$BENCH_DIR/fanout.py" "$FANOUT_RATE" "$FANOUT_SECONDS" "$FANOUT_GRACE" "${plans[@]}" 2>&1)" || true
  printf '%s\n' "$out" >"$WORK_DIR/fanout.out"
  line="$(grep -m 1 '^RESULT ' <<<"$out" || true)"
  if [[ -z "$line" || "$line" == *error=* ]]; then
    warn "fanout: no result: $(tr '\n' ' ' <<<"$out" | cut -c1-400)"
    return 0
  fi
  RPS[fanout]="$(field rate "$line")"
  REQUESTS[fanout]="$(field ok "$line")"
  P50[fanout]="$(field p50_ms "$line")"
  P99[fanout]="$(field p99_ms "$line")"
  NON2XX[fanout]="$(field non2xx "$line")"
  SOCKET[fanout]="$(field undelivered "$line")"
  FANOUT_NOTE="$(result sent) changes sent in $(result seconds) s, $(result ok) recorded (201; API p50"
  FANOUT_NOTE+=" $(result api_p50_ms) ms, p99 $(result api_p99_ms) ms); within ${FANOUT_GRACE} s after the last"
  FANOUT_NOTE+=" $(result delivered) delivered ($(result duplicates) twice), $(result undelivered) not:"
  FANOUT_NOTE+=" $(result pending) still queued, $(result failed) parked FAILED, $(result lost) lost (no delivery at all)"
  log "fanout: $FANOUT_NOTE; commit -> delivery p50 ${P50[fanout]} ms, p99 ${P99[fanout]} ms"
  grep '^SAMPLE ' <<<"$out" | sed 's/^SAMPLE /  refused: /' >&2 || true
}

