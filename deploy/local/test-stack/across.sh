# shellcheck shell=bash
# test-stack.sh's checks across services: a consent on consent-service, a plan that plan-service checks with it, the
# region reading the plan once the consent event arrived, and a SIP meeting whose invitations with their .ics reach
# the mail catcher, naming nobody. Sourced by test-stack.sh, never run.

check_across_services() {
  local worker doctor consent code plan location plan_url seen starts meeting marker mails
  section "a consent, then a plan that plan-service checks with consent-service"
  worker="$("$LOCAL_DIR/token.sh" --sub cw-1 --org kommun-0583 --org-type MUNICIPALITY --groups caseworker)"
  doctor="$("$LOCAL_DIR/token.sh" --sub doc-1 --org region-ostergotland --org-type REGION --groups partner)"
  consent='{"personId": "19121212-1212", "decision": "GRANTED", "givenBy": {"role": "INDIVIDUAL"}, "form": "WRITTEN",
    "purposes": ["CONVENE_MEETING", "SHARE_INFORMATION"], "validFrom": "2026-01-01",
    "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun"},
                {"orgId": "region-ostergotland", "orgType": "REGION", "name": "Beroendemottagningen"}]}'
  code="$(http_code http://127.0.0.1:8081/api/v1/consents -X POST -H "Authorization: Bearer $worker" \
    -H 'Content-Type: application/json' -d "$consent")"
  if [[ "$code" == 201 ]]; then pass "POST a consent on consent-service -> 201"; else fail "POST a consent -> $code (expected 201)"; fi
  plan='{"personId": "191212121212", "kind": "SIP", "lead": {"orgId": "kommun-0583", "name": "Motala kommun"},
    "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun"},
                {"orgId": "region-ostergotland", "orgType": "REGION", "name": "Beroendemottagningen"}],
    "individualGoal": "A home of my own", "needs": "Housing and treatment"}'
  location="$(curl -s -m 20 -D - -o /dev/null -X POST http://127.0.0.1:8083/api/v1/plans \
    -H "Authorization: Bearer $worker" -H 'Content-Type: application/json' -d "$plan" |
    tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
  if [[ "$location" == */api/v1/plans/* ]]; then
    pass "POST a plan on plan-service -> created (it asked consent-service with its service token)"
    # The region sees the plan once plan-service has read the consent event from Kafka.
    plan_url="http://127.0.0.1:8083/api/v1/plans/${location##*/}"
    seen=0
    for _ in $(seq 30); do
      [[ "$(http_code "$plan_url" -H "Authorization: Bearer $doctor")" == 200 ]] && { seen=1; break; }
      sleep 1
    done
    if ((seen)); then pass "the region party reads the plan (consent event consumed)"; else fail "the region party still cannot read $plan_url after 30 s"; fi

    section "a SIP meeting: its invitation mailed with the .ics, through Kafka, to the mail catcher"
    starts="$(date -u -d '+30 days' +%Y-%m-%dT09:00:00Z)"
    meeting='{"planId": "'"${location##*/}"'", "personId": "191212121212", "type": "SIP", "startsAt": "'"$starts"'",
      "durationMinutes": 60, "format": "PHYSICAL", "location": "Stadshuset, rum 3",
      "invitees": [{"kind": "INDIVIDUAL", "name": "Tolvan Tolvansson"},
        {"kind": "PARTY", "orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun", "email": "vuxen@motala.example.se"},
        {"kind": "PARTY", "orgId": "region-ostergotland", "orgType": "REGION", "name": "Beroendemottagningen", "email": "beroende@region.example.se"}],
      "chair": "Karin Lund", "chairOrgId": "kommun-0583", "noteTaker": "Per Ek", "noteTakerOrgId": "kommun-0583",
      "adjusters": [{"name": "Karin Lund", "orgId": "kommun-0583"}, {"name": "Eva Holm", "orgId": "region-ostergotland"}]}'
    # Only mails caught after this marker count: the catcher keeps earlier runs' mails.
    mkdir -p "$MAIL_DIR/new"
    marker="$(mktemp "$STATE_DIR/mail-marker.XXXXXX")"
    # meeting-service books against its plan projection, fed from Kafka: retry until the plan has arrived.
    code=""
    for _ in $(seq 30); do
      code="$(http_code http://127.0.0.1:8082/api/v1/meetings -X POST -H "Authorization: Bearer $worker" \
        -H 'Content-Type: application/json' -d "$meeting")"
      [[ "$code" == 201 ]] && break
      sleep 1
    done
    if [[ "$code" == 201 ]]; then pass "POST a SIP meeting on meeting-service -> 201"; else fail "POST a SIP meeting -> $code (expected 201)"; fi
    mails=0
    for _ in $(seq 60); do
      mails="$(find "$MAIL_DIR/new" -type f -newer "$marker" -exec grep -l -s 'text/calendar' {} + | wc -l)"
      ((mails >= 2)) && break
      sleep 1
    done
    if ((mails >= 2)); then pass "both invitees with an address got the invitation with its .ics ($MAIL_DIR/new)"; else fail "$mails invitation mails in $MAIL_DIR/new after 60 s (expected 2)"; fi
    rm -f "$marker"
    if grep -l -s -E '19121212-?1212|Tolvan' "$MAIL_DIR"/new/* >/dev/null; then
      fail "a caught mail names the person or their personal identity number"
    else
      pass "no caught mail names the person or their personal identity number"
    fi
  else
    fail "POST a plan on plan-service did not create one (see .local/logs/plan-service.log)"
  fi
}
