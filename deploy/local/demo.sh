#!/usr/bin/env bash
# Plays seed 000's LVM-aftercare story against the running local stack (deploy/local/start.sh), step by step, and
# says in plain words who did what and who was told. Every call is a real REST call with a token.sh token, as the
# partners' systems make them. Needs curl and jq. Safe to run again: each run makes a new (test) person.
# Ends with where to look: the inboxes, the schedule it saved under .local/demo/, the logs, Swagger UI.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=demo/calls.sh
source "$LOCAL_DIR/demo/calls.sh"
require_cmd curl jq

CONSENT=http://127.0.0.1:8081
MEETING=http://127.0.0.1:8082
PLAN=http://127.0.0.1:8083
NOTIFY=http://127.0.0.1:8084
OUT="$STATE_DIR/demo"
mkdir -p "$OUT"

for entry in "${SERVICES[@]}"; do
  port="${entry##*:}"
  curl -sf -m 5 "http://127.0.0.1:$port/q/health/ready" >/dev/null ||
    die "${entry%%:*} does not answer on $port: start the stack first (deploy/local/start.sh)"
done

KOMMUN=kommun-0583
SIS=sis-lvm-hem-1
REGION=region-ostergotland-beroende
T_KOMMUN="$(token "$KOMMUN" MUNICIPALITY)"
T_SIS="$(token "$SIS" SIS)"
T_REGION="$(token "$REGION" REGION)"

PERSON="$(person_number)"
TODAY="$(date +%F)"
LVM_START="$(date -d '-2 months' +%F)"
PARTIES="[{\"orgId\": \"$KOMMUN\", \"orgType\": \"MUNICIPALITY\", \"name\": \"Motala kommun, vuxenenheten\"},
          {\"orgId\": \"$SIS\", \"orgType\": \"SIS\", \"name\": \"SiS LVM-hem\"},
          {\"orgId\": \"$REGION\", \"orgType\": \"REGION\", \"name\": \"Beroendemottagningen\"}]"

say "The story: a person in LVM care at a SiS institution since $LVM_START (test number $PERSON)."

say "1. Consent. Motala kommun's social worker records the person's written consent: to call a SIP meeting, to obtain
   documentation, to share information with SiS and the region's addiction clinic, and to invite the sister."
call POST "$CONSENT/api/v1/consents" "$T_KOMMUN" "{\"personId\": \"$PERSON\", \"decision\": \"GRANTED\",
  \"givenBy\": {\"role\": \"INDIVIDUAL\"}, \"form\": \"WRITTEN\",
  \"purposes\": [\"CONVENE_MEETING\", \"OBTAIN_DOCUMENTATION\", \"SHARE_INFORMATION\", \"INVITE_RELATIVES\"],
  \"parties\": $PARTIES, \"relatives\": [{\"name\": \"Anna Andersson\", \"relation\": \"sister\", \"email\": \"anna@example.org\"}],
  \"validFrom\": \"$TODAY\"}"
expect 201 "recording the consent"
CONSENT_ID="$(jq -r .id <<<"$BODY")"
tell "consent $CONSENT_ID is ACTIVE; consent-service announced it on sip.consent.v1 (personRef only, no number)"

say "2. The plan. The social worker starts an LVM-aftercare plan, the municipality as lead, with SiS and the region."
call POST "$PLAN/api/v1/plans" "$T_KOMMUN" "{\"personId\": \"$PERSON\", \"kind\": \"LVM_AFTERCARE\",
  \"lead\": {\"orgId\": \"$KOMMUN\", \"name\": \"Motala kommun, vuxenenheten\"}, \"parties\": $PARTIES,
  \"careEpisode\": {\"lvmStartedOn\": \"$LVM_START\", \"institution\": \"SiS LVM-hem\"},
  \"individualGoal\": \"Jag vill ha en egen lägenhet och ett jobb, och hålla mig drogfri.\",
  \"needs\": \"Boende, beroendevård efter utskrivningen och stöd tillbaka till arbete.\"}"
expect 201 "starting the plan"
PLAN_ID="$(jq -r .id <<<"$BODY")"
until_status 200 GET "$PLAN/api/v1/plans/$PLAN_ID" "$T_REGION"
tell "plan $PLAN_ID is ACTIVE"
who_can_read "$PLAN/api/v1/plans/$PLAN_ID"

# book TYPE STARTS_AT: books as the municipality once meeting-service knows the plan; prints the id.
book() {
  local body individual='{"kind": "INDIVIDUAL", "name": "Den enskilde"},'
  # An officials' meeting (tjänstemannamöte) is between officials: the individual is not invited to it.
  if [[ "$1" == OFFICIALS ]]; then individual=''; fi
  body="{\"planId\": \"$PLAN_ID\", \"personId\": \"$PERSON\", \"type\": \"$1\", \"startsAt\": \"$2\",
    \"durationMinutes\": 90, \"format\": \"PHYSICAL\", \"location\": \"Stadshuset, rum 3\",
    \"invitees\": [$individual
      {\"kind\": \"PARTY\", \"orgId\": \"$KOMMUN\", \"orgType\": \"MUNICIPALITY\", \"name\": \"Motala kommun\", \"email\": \"vuxenenheten@motala.example.se\"},
      {\"kind\": \"PARTY\", \"orgId\": \"$SIS\", \"orgType\": \"SIS\", \"name\": \"SiS LVM-hem\", \"email\": \"lvm-hem@sis.example.se\"},
      {\"kind\": \"PARTY\", \"orgId\": \"$REGION\", \"orgType\": \"REGION\", \"name\": \"Beroendemottagningen\", \"email\": \"beroende@region.example.se\"}
      $3],
    \"chair\": \"Karin Lund\", \"chairOrgId\": \"$KOMMUN\", \"noteTaker\": \"Per Ek\", \"noteTakerOrgId\": \"$KOMMUN\",
    \"adjusters\": [{\"name\": \"Karin Lund\", \"orgId\": \"$KOMMUN\"}, {\"name\": \"Eva Holm\", \"orgId\": \"$REGION\"}]}"
  until_status 201 POST "$MEETING/api/v1/meetings" "$T_KOMMUN" "$body"
  expect 201 "booking the $1 meeting"
  jq -r .id <<<"$BODY"
}

say "3. Meetings. The social worker calls an officials' meeting and then the SIP meeting, two months into care.
   (They start in 20 and 40 seconds, so that this demo can hold the SIP meeting; in life they are days apart.)"
OFFICIALS_ID="$(book OFFICIALS "$(date -d '+20 seconds' --iso-8601=seconds)" "")"
SIP_ID="$(book SIP "$(date -d '+40 seconds' --iso-8601=seconds)" \
  ", {\"kind\": \"RELATIVE\", \"name\": \"Anna Andersson\", \"email\": \"anna@example.org\"}")"
MEETING_IDS="[\"$OFFICIALS_ID\", \"$SIP_ID\"]"
call GET "$MEETING/api/v1/meetings/$SIP_ID" "$T_KOMMUN"
SIP_MEETING="$BODY"
tell "SIP meeting $SIP_ID: $(jq -r '[.invitees[] | "\(.name) (\(.noticeKind))"] | join(", ")' <<<"$SIP_MEETING")"
tell "the municipality and the region get a kallelse (obliged to attend); SiS, the person and the sister an inbjudan"
sleep 3
inbox "Motala kommun" "$T_KOMMUN"
inbox "SiS LVM-hem" "$T_SIS"
inbox "Beroendemottagningen" "$T_REGION"
tell "each invitee with an e-mail address also gets the invitation with its .ics: see .local/mail/"

say "4. The SIP meeting takes place; the note-taker submits the minutes and both adjusters approve them."
until [[ "$(date +%s)" -gt "$(date -d "$(jq -r .startsAt <<<"$SIP_MEETING")" +%s)" ]]; do sleep 1; done
ATTENDEES="$(jq -c '[.invitees[].id]' <<<"$SIP_MEETING")"
K_ADJ="$(jq -r --arg o "$KOMMUN" '.adjusters[] | select(.orgId == $o) | .id' <<<"$SIP_MEETING")"
R_ADJ="$(jq -r --arg o "$REGION" '.adjusters[] | select(.orgId == $o) | .id' <<<"$SIP_MEETING")"
call POST "$MEETING/api/v1/meetings/$SIP_ID/minutes" "$T_KOMMUN" "{\"text\": \"Planering för vård och stöd efter LVM-vården.\",
  \"decisions\": [\"Regionen erbjuder återfallsprevention efter utskrivningen.\"], \"attendees\": $ATTENDEES,
  \"nextFollowUp\": \"$(date -d "$LVM_START +5 months" +%F)\"}"
expect 200 "submitting the minutes"
tell "Motala kommun (note-taker) submitted the minutes; the meeting is $(jq -r .status <<<"$BODY")"
call POST "$MEETING/api/v1/meetings/$SIP_ID/minutes/approvals" "$T_KOMMUN" "{\"adjusterId\": \"$K_ADJ\", \"approved\": true}"
expect 200 "the municipality's adjuster approving"
call POST "$MEETING/api/v1/meetings/$SIP_ID/minutes/approvals" "$T_REGION" "{\"adjusterId\": \"$R_ADJ\", \"approved\": true}"
expect 200 "the region's adjuster approving"
tell "Karin Lund (kommun) and Eva Holm (region) approved: the minutes become the plan's agreed version"
until_status 200 GET "$PLAN/api/v1/plans/$PLAN_ID/versions/1" "$T_KOMMUN"
[[ "$STATUS" == 200 ]] && tell "agreed version 1 exists; the SIP document: $PLAN/api/v1/plans/$PLAN_ID/sip-document?version=1"

say "5. Care moves to a § 27 placement; the social worker records it and every party is told."
call POST "$PLAN/api/v1/plans/$PLAN_ID/placement-changes" "$T_KOMMUN" \
  "{\"type\": \"SECTION_27_PLACEMENT\", \"effectiveOn\": \"$TODAY\", \"note\": \"Behandlingshem enligt 27 § LVM.\"}"
expect 201 "recording the § 27 placement"
sleep 3
inbox "Motala kommun" "$T_KOMMUN"
inbox "SiS LVM-hem" "$T_SIS"
inbox "Beroendemottagningen" "$T_REGION"

say "6. The 5-month follow-up: each party books its times, and the person gets a written schedule."
for a in "$SIS:SUBSTANCE_USE:MOTIVATIONAL_INTERVIEWING:$T_SIS" "$REGION:SUBSTANCE_USE:RELAPSE_PREVENTION:$T_REGION" \
  "$KOMMUN:HOUSING:HOUSING_SUPPORT:$T_KOMMUN"; do
  IFS=: read -r org area what tok <<<"$a"
  call POST "$PLAN/api/v1/plans/$PLAN_ID/actions" "$tok" "{\"lifeArea\": \"$area\", \"intervention\": \"$what\",
    \"description\": \"$what\", \"responsibleOrgId\": \"$org\", \"startOn\": \"$(date -d '+1 month' +%F)\",
    \"dueOn\": \"$(date -d '+6 months' +%F)\", \"status\": \"PLANNED\"}"
  expect 201 "$org adding its action"
  tell "$org booked $what"
done
curl -s -H "Authorization: Bearer $T_KOMMUN" -H 'Accept: text/html' "$PLAN/api/v1/plans/$PLAN_ID/schedule" >"$OUT/schedule.html"
curl -s -H "Authorization: Bearer $T_KOMMUN" -H 'Accept: text/calendar' "$PLAN/api/v1/plans/$PLAN_ID/schedule" >"$OUT/schedule.ics"
call GET "$PLAN/api/v1/plans/$PLAN_ID/schedule" "$T_KOMMUN"
jq -r '.items[] | "  - \(.title): \(.startsAt // .startOn) \(.status)"' <<<"$BODY"
tell "saved as $OUT/schedule.html (printable) and $OUT/schedule.ics (any calendar)"

say "7. Discharge from SiS: SiS is no longer a party and loses access."
call POST "$PLAN/api/v1/plans/$PLAN_ID/placement-changes" "$T_KOMMUN" "{\"type\": \"DISCHARGED\", \"effectiveOn\": \"$TODAY\"}"
expect 201 "recording the discharge"
until_status 404 GET "$MEETING/api/v1/meetings/$SIP_ID" "$T_SIS"
who_can_read "$PLAN/api/v1/plans/$PLAN_ID"
tell "the follow-up 2-3 months after the discharge is now tracked: $PLAN/api/v1/plans/$PLAN_ID/milestones"

say "8. Closure: the goals are met and the social worker closes the plan."
call POST "$PLAN/api/v1/plans/$PLAN_ID/closure" "$T_KOMMUN" "{\"reason\": \"GOALS_MET\"}"
expect 200 "closing the plan"
tell "the plan is $(jq -r .status <<<"$BODY") ($(jq -r .closure.reason <<<"$BODY")); the remaining parties are told"

say "Where to look"
tell "inboxes:    curl -H \"Authorization: Bearer \$(deploy/local/token.sh --org $REGION --org-type REGION --groups caseworker)\" $NOTIFY/api/v1/notifications"
tell "the plan:   $PLAN/api/v1/plans/$PLAN_ID (with a token of the lead, $KOMMUN)"
tell "schedule:   $OUT/schedule.html and $OUT/schedule.ics"
tell "e-mails:    $STATE_DIR/mail/ (the invitations with their .ics, as the local mail catcher kept them)"
tell "events:     kcat -b 127.0.0.1:$KAFKA_PORT -t sip.plan.v1 -C -e   (also sip.consent.v1, sip.meeting.v1)"
tell "logs:       $LOG_DIR/<service>.log"
tell "the APIs:   http://127.0.0.1:8081/q/swagger-ui … http://127.0.0.1:8084/q/swagger-ui"
