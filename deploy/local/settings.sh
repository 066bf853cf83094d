# shellcheck shell=bash disable=SC2016 # '${' is the placeholders' own text, not an expansion
# The settings a service takes on one machine, read from the files that also make the cluster's ConfigMaps
# (deploy/k8s/base/common/settings.env and deploy/k8s/base/<service>/settings.env, whose comments say how): their
# "#local NAME=VALUE" lines, each ${NAME} in a value replaced by this machine's value. Used by start.sh and
# deploy/image/run-image.sh; e2e-tests' LocalSettings reads the same lines. Sourced after lib.sh, never run.

SETTINGS_DIR="$REPO_ROOT/deploy/k8s/base"

# local_settings SERVICE [NAME=VALUE...]: prints SERVICE's settings as NAME=VALUE lines, the shared ones first. The
# ${…} take the local stack's values (below) unless an argument gives another; a ${…} without a value is an error.
local_settings() {
  local service="$1" file line name rest key out
  shift
  local -A values=(
    [KAFKA]="127.0.0.1:$KAFKA_PORT"
    [DB_URL]="jdbc:postgresql://127.0.0.1:$PG_PORT/sip" [DB_USER]=sip_app [DB_PASSWORD]=""
    [DB_MIGRATION_USER]=sip [DB_MIGRATION_PASSWORD]=local
    [JWT_ISSUER]="$JWT_ISSUER" [JWT_AUDIENCE]="$JWT_AUDIENCE" [JWT_VERIFY_KEYS]="$JWT_VERIFY_KEYS"
    [SERVICE_KEYS]="$SERVICE_KEYS"
    [CONSENT_PORT]="$(service_port consent-service)" [MEETING_PORT]="$(service_port meeting-service)"
    [PLAN_PORT]="$(service_port plan-service)" [NOTIFICATION_PORT]="$(service_port notification-service)"
    [MAIL_PORT]="$MAIL_PORT"
  )
  if [[ -s "$PERSON_REF_SECRET_FILE" ]]; then
    values[PERSON_REF_SECRET]="$(cat "$PERSON_REF_SECRET_FILE")"
  fi
  if [[ -s "$WEBHOOK_SECRET_KEY_FILE" ]]; then
    values[WEBHOOK_SECRET_KEY]="$(cat "$WEBHOOK_SECRET_KEY_FILE")"
  fi
  for line in "$@"; do
    values["${line%%=*}"]="${line#*=}"
  done
  for file in "$SETTINGS_DIR/common/settings.env" "$SETTINGS_DIR/$service/settings.env"; do
    [[ -f "$file" ]] || die "no settings file $file (is '$service' a service?)"
    while IFS= read -r line || [[ -n "$line" ]]; do
      [[ "$line" == '#local '* ]] || continue
      line="${line#'#local '}"
      name="${line%%=*}"
      [[ "$line" == *=* && "$name" =~ ^[A-Z_][A-Z0-9_]*$ ]] || die "$file: not '#local NAME=VALUE': #local $line"
      # One pass from left to right, so that a value given here is never read for ${…} itself.
      rest="${line#*=}"
      out=""
      while [[ "$rest" == *'${'* ]]; do
        out+="${rest%%'${'*}"
        rest="${rest#*'${'}"
        key="${rest%%\}*}"
        rest="${rest#*\}}"
        [[ -n "$key" && -v values[$key] ]] || die "$file: $name needs \${$key}, and no value for it is known here"
        out+="${values[$key]}"
      done
      printf '%s=%s\n' "$name" "$out$rest"
    done <"$file"
  done
}
