# shellcheck shell=bash
# bench.sh's set-up: what the scenarios need in the running stack, made through the APIs as a caseworker of
# kommun-0583 would: a person with a consent and plans to add actions to and book meetings on (two plans per
# connection, so that no two requests in flight add to one plan), a person with one plan of a few actions and a meeting
# for the reads, and LVM-aftercare plans for the fan-out. Exports what wrk.lua reads (BENCH_*). Meetings invite no
# e-mail address, so no run fills the mail catcher. Sourced by bench.sh after lib.sh, never run.

BENCH_ORG=kommun-0583
BENCH_REGION=region-ostergotland
BENCH_SIS=sis-lvm-hem-1
BENCH_TODAY="$(date +%F)"
PARTIES="[{\"orgId\": \"$BENCH_ORG\", \"orgType\": \"MUNICIPALITY\", \"name\": \"Motala kommun\"},
  {\"orgId\": \"$BENCH_REGION\", \"orgType\": \"REGION\", \"name\": \"Beroendemottagningen\"}]"

# A caseworker's token (bench_token manager: a manager's), minted anew for each scenario: the services refuse one
# issued more than an hour ago.
bench_token() {
  "$LOCAL_DIR/token.sh" --sub bench-1 --org "$BENCH_ORG" --org-type MUNICIPALITY --groups "${1:-caseworker}" \
    2>/dev/null || die "token.sh could not mint a token"
}

# api METHOD URL [JSON]: sets STATUS and BODY.
api() {
  local out
  out="$(curl -s -m 30 -X "$1" "$2" -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
    -H 'Accept: application/json' ${3:+-d "$3"} -w '\n%{http_code}')" || true
  STATUS="${out##*$'\n'}"
  BODY="${out%$'\n'*}"
}

# must WANT WHAT: dies with the answer when the last call did not answer WANT.
must() {
  [[ "$STATUS" == "$1" ]] || die "set-up: $2 answered HTTP $STATUS (expected $1): $(cut -c1-400 <<<"$BODY")"
}

# A fresh valid personal identity number of an adult (born 1950-1999, Luhn check digit).
person_number() {
  local nine sum=0 i d
  nine="$(printf '%02d%02d%02d%03d' $((50 + RANDOM % 50)) $((1 + RANDOM % 12)) $((1 + RANDOM % 28)) $((RANDOM % 1000)))"
  for ((i = 0; i < 9; i++)); do
    d=$((${nine:i:1} * (i % 2 == 0 ? 2 : 1)))
    sum=$((sum + d / 10 + d % 10))
  done
  echo "19$nine$(((10 - sum % 10) % 10))"
}

consent_for() {
  api POST http://127.0.0.1:8081/api/v1/consents "{\"personId\": \"$1\", \"decision\": \"GRANTED\",
    \"givenBy\": {\"role\": \"INDIVIDUAL\"}, \"form\": \"WRITTEN\", \"validFrom\": \"$BENCH_TODAY\", \"parties\": $PARTIES,
    \"purposes\": [\"CONVENE_MEETING\", \"OBTAIN_DOCUMENTATION\", \"SHARE_INFORMATION\"]}"
  must 201 "recording a consent"
}

# plan_for PERSON: starts a SIP plan of kommun-0583 and the region; prints its id.
plan_for() {
  api POST http://127.0.0.1:8083/api/v1/plans "{\"personId\": \"$1\", \"kind\": \"SIP\",
    \"lead\": {\"orgId\": \"$BENCH_ORG\", \"name\": \"Motala kommun\"}, \"parties\": $PARTIES,
    \"individualGoal\": \"Ett eget boende\", \"needs\": \"Boende och beroendevård\"}"
  must 201 "starting a plan"
  jq -r .id <<<"$BODY"
}

# book PLAN PERSON: books one SIP meeting, retrying for up to 60 s while meeting-service has not yet heard of the plan
# (it learns of plans from Kafka).
book() {
  local body
  body="{\"planId\": \"$1\", \"personId\": \"$2\", \"type\": \"SIP\", \"startsAt\": \"${BENCH_DAY}T10:00:00+01:00\",
    \"durationMinutes\": 60, \"format\": \"PHYSICAL\", \"location\": \"Stadshuset, rum 3\",
    \"invitees\": [{\"kind\": \"INDIVIDUAL\", \"name\": \"Den enskilde\"},
      {\"kind\": \"PARTY\", \"orgId\": \"$BENCH_ORG\", \"orgType\": \"MUNICIPALITY\", \"name\": \"Motala kommun\"},
      {\"kind\": \"PARTY\", \"orgId\": \"$BENCH_REGION\", \"orgType\": \"REGION\", \"name\": \"Beroendemottagningen\"}],
    \"chair\": \"Karin Lund\", \"chairOrgId\": \"$BENCH_ORG\", \"noteTaker\": \"Per Ek\", \"noteTakerOrgId\": \"$BENCH_ORG\",
    \"adjusters\": [{\"name\": \"Karin Lund\", \"orgId\": \"$BENCH_ORG\"}, {\"name\": \"Eva Holm\", \"orgId\": \"$BENCH_REGION\"}]}"
  for _ in $(seq 120); do
    api POST http://127.0.0.1:8082/api/v1/meetings "$body"
    [[ "$STATUS" == 422 ]] || break
    sleep 0.5
  done
  must 201 "booking a meeting on plan $1"
}

add_action() { # add_action PLAN LIFE-AREA INTERVENTION
  api POST "http://127.0.0.1:8083/api/v1/plans/$1/actions" "{\"lifeArea\": \"$2\", \"intervention\": \"$3\",
    \"description\": \"$3\", \"responsibleOrgId\": \"$BENCH_ORG\", \"dueOn\": \"$BENCH_DAY\", \"status\": \"PLANNED\"}"
  must 201 "adding an action"
}

# setup_data PLANS WRITES READS: PLANS write plans; WRITES/READS 1 when write/read scenarios will run.
setup_data() {
  local count="$1" writes="$2" reads="$3" ids=() id i
  BENCH_TOKEN="$(bench_token caseworker)"
  # This run's numbers: bench.sh gives each wrk run its own seed from it (wrk.lua's keys and identity numbers).
  # shellcheck disable=SC2034 # read by bench.sh
  BENCH_BASE_SEED="$(( $(date +%s) % 100000 * 1000 + RANDOM % 1000 ))"
  BENCH_DAY="$(date -d '+30 days' +%F)"
  export BENCH_ORG BENCH_REGION BENCH_DAY BENCH_TODAY
  if ((writes)); then
    BENCH_PERSON="$(person_number)"
    consent_for "$BENCH_PERSON"
    log "set-up: $count plans for the write scenarios (one person, consent $(jq -r .id <<<"$BODY"))"
    for ((i = 0; i < count; i++)); do
      id="$(plan_for "$BENCH_PERSON")"
      ids+=("$id")
    done
    BENCH_PLANS="$(IFS=,; echo "${ids[*]}")"
    log "set-up: waiting until meeting-service knows each plan (one booking each)"
    for id in "${ids[@]}"; do book "$id" "$BENCH_PERSON"; done
    export BENCH_PERSON BENCH_PLANS
  fi
  if ((reads)); then
    BENCH_READ_PERSON="$(person_number)"
    consent_for "$BENCH_READ_PERSON"
    BENCH_READ_PLAN="$(plan_for "$BENCH_READ_PERSON")"
    add_action "$BENCH_READ_PLAN" SUBSTANCE_USE RELAPSE_PREVENTION
    add_action "$BENCH_READ_PLAN" HOUSING HOUSING_SUPPORT
    add_action "$BENCH_READ_PLAN" WORK_OCCUPATION OCCUPATION
    book "$BENCH_READ_PLAN" "$BENCH_READ_PERSON"
    # The schedule shows the meeting once plan-service has read meeting-service's event.
    for _ in $(seq 60); do
      api GET "http://127.0.0.1:8083/api/v1/plans/$BENCH_READ_PLAN/schedule"
      [[ "$STATUS" == 200 && "$(jq '.items | length' <<<"$BODY" 2>/dev/null)" -ge 4 ]] && break
      sleep 0.5
    done
    log "set-up: the read plan $BENCH_READ_PLAN (3 actions, 1 meeting; its schedule has $(jq '.items | length' <<<"$BODY" 2>/dev/null || echo '?') items)"
    export BENCH_READ_PERSON BENCH_READ_PLAN
  fi
}

# setup_fanout COUNT: COUNT LVM-aftercare plans of one person, SiS a party, for the placement changes of the fan-out
# scenario; sets FANOUT_PLANS (space-separated ids).
setup_fanout() {
  local count="$1" person parties id i ids=()
  BENCH_TOKEN="$(bench_token caseworker)"
  person="$(person_number)"
  parties="[{\"orgId\": \"$BENCH_ORG\", \"orgType\": \"MUNICIPALITY\", \"name\": \"Motala kommun\"},
    {\"orgId\": \"$BENCH_SIS\", \"orgType\": \"SIS\", \"name\": \"SiS LVM-hem\"},
    {\"orgId\": \"$BENCH_REGION\", \"orgType\": \"REGION\", \"name\": \"Beroendemottagningen\"}]"
  api POST http://127.0.0.1:8081/api/v1/consents "{\"personId\": \"$person\", \"decision\": \"GRANTED\",
    \"givenBy\": {\"role\": \"INDIVIDUAL\"}, \"form\": \"WRITTEN\", \"validFrom\": \"$BENCH_TODAY\", \"parties\": $parties,
    \"purposes\": [\"CONVENE_MEETING\", \"SHARE_INFORMATION\"]}"
  must 201 "recording a consent"
  log "set-up: $count LVM-aftercare plans for the fan-out (one person, consent $(jq -r .id <<<"$BODY"))"
  for ((i = 0; i < count; i++)); do
    api POST http://127.0.0.1:8083/api/v1/plans "{\"personId\": \"$person\", \"kind\": \"LVM_AFTERCARE\",
      \"lead\": {\"orgId\": \"$BENCH_ORG\", \"name\": \"Motala kommun\"}, \"parties\": $parties,
      \"careEpisode\": {\"lvmStartedOn\": \"$(date -d '-2 months' +%F)\", \"institution\": \"SiS LVM-hem\"},
      \"individualGoal\": \"Ett eget boende\", \"needs\": \"Boende och beroendevård\"}"
    must 201 "starting an LVM-aftercare plan"
    id="$(jq -r .id <<<"$BODY")"
    ids+=("$id")
  done
  # shellcheck disable=SC2034 # read by bench.sh
  FANOUT_PLANS="${ids[*]}"
}
