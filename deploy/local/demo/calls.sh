# shellcheck shell=bash
# demo.sh's way of talking to the running stack: tokens for the parties, REST calls as their systems make them, and
# plain words for what happened. Sourced by demo.sh, never run.

token() { "$LOCAL_DIR/token.sh" --sub "demo-$1" --org "$1" --org-type "$2" --groups caseworker 2>/dev/null; }

say() { printf '\n\033[1m%s\033[0m\n' "$*"; }
tell() { printf '  %s\n' "$*"; }

# call METHOD URL TOKEN [JSON]: sets STATUS and BODY.
call() {
  local out
  out="$(curl -s -m 20 -X "$1" "$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    ${4:+-d "$4"} -w '\n%{http_code}')"
  STATUS="${out##*$'\n'}"
  BODY="${out%$'\n'*}"
}

# expect CODE WHAT: stops the demo with the problem when the call did not answer CODE.
expect() {
  [[ "$STATUS" == "$1" ]] && return 0
  printf '  UNEXPECTED: %s answered %s (expected %s):\n%s\n' "$2" "$STATUS" "$1" "$BODY" >&2
  exit 1
}

# until_status CODE METHOD URL TOKEN [JSON]: repeats the call for up to 30 s (events take a moment to arrive).
until_status() {
  local want="$1" i
  shift
  for i in $(seq 60); do
    call "$@"
    [[ "$STATUS" == "$want" ]] && return 0
    sleep 0.5
  done
}

# who_can_read URL: which of the three parties may read it, in words.
who_can_read() {
  local name tok
  for name in "Motala kommun:$T_KOMMUN" "SiS LVM-hem:$T_SIS" "Beroendemottagningen:$T_REGION"; do
    tok="${name#*:}"
    call GET "$1" "$tok"
    if [[ "$STATUS" == 200 ]]; then tell "${name%%:*} can read it"; else tell "${name%%:*} cannot (HTTP $STATUS)"; fi
  done
}

# inbox ORG TOKEN: how many notifications the organisation has about this person's plan and meetings.
inbox() {
  call GET "$NOTIFY/api/v1/notifications?size=200" "$2"
  local n
  n="$(jq --arg p "$PLAN_ID" --argjson m "${MEETING_IDS:-[]}" \
    '[.items[] | select((.link | contains($p)) or ([.link] | inside($m | map("/api/v1/meetings/" + .))))] | length' <<<"$BODY")"
  tell "$1's inbox: $n notification(s) about this person"
}

# A fresh valid personal identity number (born 1980-1999), so that every run is its own story.
person_number() {
  local nine sum=0 i d
  nine="$(printf '%02d%02d%02d%03d' $((80 + RANDOM % 20)) $((1 + RANDOM % 12)) $((1 + RANDOM % 28)) $((RANDOM % 1000)))"
  for ((i = 0; i < 9; i++)); do
    d=$(( ${nine:i:1} * (i % 2 == 0 ? 2 : 1) ))
    sum=$((sum + d / 10 + d % 10))
  done
  echo "19$nine$(((10 - sum % 10) % 10))"
}
