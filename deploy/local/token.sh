#!/usr/bin/env bash
# Mints an RS256 dev JWT that the locally started services accept (issuer and audience sip-local, signed with
# .local/keys/jwt-private.pem; the key pair is generated on first use).
#
#   deploy/local/token.sh [--sub cw-1] --org kommun-0583 --org-type MUNICIPALITY \
#                         --groups caseworker,manager [--ttl 3600]
#   deploy/local/token.sh --individual 191212121212 [--ttl 3600]     (the person themselves, role individual)
#
# Prints the token alone on stdout:
#   curl -H "Authorization: Bearer $(deploy/local/token.sh --org kommun-0583 --org-type MUNICIPALITY --groups caseworker)" ...
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat >&2 <<'EOF'
usage: deploy/local/token.sh [--sub SUBJECT] --org ORG --org-type TYPE --groups G1[,G2...] [--ttl SECONDS]
       deploy/local/token.sh --individual PERSONAL-IDENTITY-NUMBER [--ttl SECONDS]

  --sub       subject (user id); default: dev-user
  --org       organisation id, e.g. kommun-0583                              (required)
  --org-type  MUNICIPALITY, REGION, SIS or OTHER                             (required)
  --groups    comma-separated groups (roles), e.g. caseworker,manager        (required)
  --ttl       lifetime in seconds; default: 3600 (the services refuse a token
              issued more than an hour ago, whatever its lifetime)
  --individual the person themselves, as e-identification signs them in: sub is
              their number (YYYYMMDDNNNN), group individual, no org; they read
              only their own data (e.g. http://127.0.0.1:8085/me)

Prints an RS256 JWT (iss and aud "sip-local"; claims sub, org, orgType, groups, iat, exp, jti) on stdout.
Example:
  curl -H "Authorization: Bearer $(deploy/local/token.sh --sub cw-1 --org kommun-0583 \
       --org-type MUNICIPALITY --groups caseworker,manager)" \
       'http://127.0.0.1:8081/api/v1/consents?personId=191212121212'
EOF
}

usage_error() {
  printf 'token.sh: %s\n\n' "$1" >&2
  usage
  exit 2
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

main() {
  local sub="dev-user" org="" org_type="" groups_arg="" ttl=3600 individual=
  while (($#)); do
    case "$1" in
      --sub | --org | --org-type | --groups | --ttl | --individual)
        (($# >= 2)) || usage_error "$1 needs a value"
        case "$1" in
          --sub) sub="$2" ;;
          --org) org="$2" ;;
          --org-type) org_type="$2" ;;
          --groups) groups_arg="$2" ;;
          --ttl) ttl="$2" ;;
          --individual) individual="$2" ;;
        esac
        shift 2
        ;;
      --sub=* | --org=* | --org-type=* | --groups=* | --ttl=* | --individual=*)
        local key="${1%%=*}" value="${1#*=}"
        set -- "$key" "$value" "${@:2}"
        ;;
      -h | --help)
        usage
        exit 0
        ;;
      *) usage_error "unknown argument: $1" ;;
    esac
  done
  [[ "$ttl" =~ ^[1-9][0-9]{0,8}$ ]] || usage_error "--ttl must be a positive number of seconds (got '$ttl')"
  if [[ -n "$individual" ]]; then
    [[ -z "$org$org_type$groups_arg" ]] || usage_error "--individual names no --org, --org-type or --groups"
    individual="${individual/-/}"
    # The number itself is never echoed back: it is personal data.
    [[ "$individual" =~ ^[0-9]{12}$ ]] || usage_error "--individual must be 12 digits, YYYYMMDDNNNN or YYYYMMDD-NNNN"
    mint "$individual" "" "" "$ttl" "${individual:0:8}****" individual
    return
  fi
  [[ -n "$org" ]] || usage_error "--org is required"
  [[ -n "$org_type" ]] || usage_error "--org-type is required"
  [[ -n "$groups_arg" ]] || usage_error "--groups is required"
  [[ -n "$sub" ]] || usage_error "--sub must not be empty"
  case "$org_type" in
    MUNICIPALITY | REGION | SIS | OTHER) ;;
    *) usage_error "--org-type must be one of MUNICIPALITY, REGION, SIS, OTHER (got '$org_type')" ;;
  esac

  local groups=() raw_groups=() g
  IFS=',' read -r -a raw_groups <<<"$groups_arg"
  for g in "${raw_groups[@]}"; do
    g="${g#"${g%%[![:space:]]*}"}"
    g="${g%"${g##*[![:space:]]}"}"
    [[ -n "$g" ]] && groups+=("$g")
  done
  ((${#groups[@]} > 0)) || usage_error "--groups names no group"
  mint "$sub" "$org" "$org_type" "$ttl" "sub=$sub org=$org orgType=$org_type" "${groups[@]}"
}

# mint SUB ORG ORG-TYPE TTL WHO-FOR-THE-LOG GROUP...: prints the token; an empty ORG leaves org and orgType out.
mint() {
  local sub="$1" org="$2" org_type="$3" ttl="$4" who="$5"
  shift 5
  local groups=("$@")
  require_cmd openssl jq
  ensure_jwt_keys

  local iat exp jti header payload
  iat="$(date +%s)"
  exp=$((iat + ttl))
  jti="$(openssl rand -hex 16)"
  # jq writes the JSON, so that any character in a value is escaped as JSON wants it.
  header="$(jq -cn --arg kid "$JWT_KEY_ID" '{alg: "RS256", typ: "JWT", kid: $kid}')"
  payload="$(jq -cn --arg iss "$JWT_ISSUER" --arg aud "$JWT_AUDIENCE" --arg sub "$sub" --arg org "$org" \
    --arg orgType "$org_type" --argjson iat "$iat" --argjson exp "$exp" --arg jti "$jti" \
    '{iss: $iss, aud: $aud, sub: $sub, org: $org, orgType: $orgType, groups: $ARGS.positional, iat: $iat, exp: $exp,
      jti: $jti} | if .org == "" then del(.org, .orgType) else . end' \
    --args "${groups[@]}")"

  local signing_input signature
  signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
  signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$JWT_PRIVATE_KEY" -binary | b64url)"
  [[ -n "$signature" ]] || die "signing failed"
  log "minted token for $who groups=$(IFS=,; echo "${groups[*]}") valid ${ttl}s"
  printf '%s.%s\n' "$signing_input" "$signature"
}

main "$@"
