# shellcheck shell=bash
# start.sh's last word: what runs where, its logs, and how to call it. Sourced by start.sh, never run.

print_summary() {
  local entry name port took=$((SECONDS - START_SECONDS))
  cat <<EOF

SIP is running locally (start.sh took ${took}s).

  service               API base                 Swagger UI                              log
EOF
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"
    port="${entry##*:}"
    printf '  %-21s %-24s %-39s %s\n' "$name" "http://127.0.0.1:$port" "http://127.0.0.1:$port/q/swagger-ui" ".local/logs/$name.log"
  done
  printf '\n  Kafka                 127.0.0.1:%s (KRaft)                                        .local/logs/kafka.log\n' "$KAFKA_PORT"
  printf '  Mail catcher          127.0.0.1:%s (SMTP; every mail a file in .local/mail/new/)  .local/logs/mail.log\n' "$MAIL_PORT"
  if [[ -n "${SIP_DB_URL:-}" ]]; then
    printf '  PostgreSQL            %s (external, SIP_DB_URL)\n' "$DB_URL"
  else
    printf '  PostgreSQL            %s (user sip, data in %s)\n' "$DB_URL" "$(pg_data_dir)"
  fi
  cat <<EOF

  Health, OpenAPI, metrics: /q/health/ready, /q/openapi, /q/metrics on every port (no token needed).

Call an API with a dev token (RS256, issuer $JWT_ISSUER, signed with .local/keys/jwt-private.pem):

  TOKEN="\$(deploy/local/token.sh --sub cw-1 --org kommun-0583 --org-type MUNICIPALITY --groups caseworker,manager)"
  curl -i -H "Authorization: Bearer \$TOKEN" 'http://127.0.0.1:8081/api/v1/consents?personId=191212121212'

Stop everything: deploy/local/stop.sh
EOF
}
