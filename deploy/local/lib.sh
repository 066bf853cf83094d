# shellcheck shell=bash disable=SC2034
# Shared by the scripts of deploy/local/ and deploy/image/run-image.sh: paths, logging, PID bookkeeping and
# the dev JWT key pair. Sourced, never run. All state lives under <checkout>/.local/ (git-ignored).

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
STATE_DIR="$REPO_ROOT/.local"
LOG_DIR="$STATE_DIR/logs"
MAIL_DIR="$STATE_DIR/mail"
PID_DIR="$STATE_DIR/pids"
KEY_DIR="$STATE_DIR/keys"
SECRET_DIR="$STATE_DIR/secrets"
KAFKA_DIR="$STATE_DIR/kafka"
# Where start.sh writes the PostgreSQL data directory it chose (the checkout, or a fallback).
PG_LOCATION_FILE="$STATE_DIR/postgres.location"

# The dev identity provider's key pair (token.sh signs with it, under JWT_KEY_ID), each of our services' own signing
# key (SERVICE_KEYS/<service>.pem, key id sip-service.<service>), and the key set the services verify with: all their
# public halves (JWT_VERIFY_KEYS).
JWT_PRIVATE_KEY="$KEY_DIR/jwt-private.pem"
JWT_PUBLIC_KEY="$KEY_DIR/jwt-public.pem"
JWT_KEY_ID="dev-idp"
SERVICE_KEYS="$KEY_DIR/services"
JWT_VERIFY_KEYS="$KEY_DIR/verify-keys.jwks"
SIGNING_SERVICES=(meeting-service plan-service notification-service)
JWT_ISSUER="sip-local"
JWT_AUDIENCE="sip-local"
PERSON_REF_SECRET_FILE="$SECRET_DIR/person-ref-secret"
WEBHOOK_SECRET_KEY_FILE="$SECRET_DIR/webhook-secret-key"

KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
PG_PORT=55432
# The mail catcher (Debian's aiosmtpd, Python stdlib-free of any SMTP server since 3.12): every mail the services send
# is kept as a file under .local/mail/ (a Maildir: new/ holds one file per mail), never delivered.
MAIL_PORT=1025
MAIL_PYTHON=/usr/bin/python3

# name:port, in start order; stop.sh goes through them first.
SERVICES=(consent-service:8081 meeting-service:8082 plan-service:8083 notification-service:8084 fhir-service:8085)

# service_port NAME: the port of a service in SERVICES.
service_port() {
  local entry
  for entry in "${SERVICES[@]}"; do
    [[ "${entry%%:*}" == "$1" ]] && { echo "${entry##*:}"; return 0; }
  done
  die "unknown service '$1'"
}

# ---- logging (always to stderr, so stdout stays clean for token.sh) ----
_tag="$(basename "$0" .sh)"
log() { printf '[%s %s] %s\n' "$_tag" "$(date +%H:%M:%S)" "$*" >&2; }
warn() { printf '[%s %s] WARNING: %s\n' "$_tag" "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[%s %s] ERROR: %s\n' "$_tag" "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

require_cmd() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || die "'$c' is required but not installed (Debian: apt-get install -y $(pkg_for_cmd "$c"))"
  done
}

pkg_for_cmd() {
  case "$1" in
    ps | pgrep) echo procps ;;
    ss) echo iproute2 ;;
    runuser | setsid) echo util-linux ;;
    *) echo "$1" ;;
  esac
}

# ---- ports and processes ----

# True when something accepts TCP connections on 127.0.0.1:<port>.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The command line of a PID, NULs turned into spaces; empty if the process is gone.
pid_cmdline() {
  [[ "$1" =~ ^[0-9]+$ ]] || return 0
  tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline" || true
}

# pid_matches PID NEEDLE: the PID is alive and its command line contains NEEDLE (so that a
# recycled PID belonging to something else is never taken for ours).
pid_matches() {
  local cmd
  cmd="$(pid_cmdline "$1")"
  [[ -n "$cmd" && "$cmd" == *"$2"* ]]
}

pid_file() { echo "$PID_DIR/$1.pid"; }

read_pid() {
  local f
  f="$(pid_file "$1")"
  [[ -f "$f" ]] || return 0
  tr -dc '0-9' <"$f"
}

# What a recorded process's command line must contain, per name (arguments end with a space).
expected_cmdline() {
  case "$1" in
    kafka) echo "kafka.Kafka $KAFKA_DIR/server.properties " ;;
    postgres) echo "-D $(pg_data_dir) " ;;
    mail) echo "-m aiosmtpd -n -l 127.0.0.1:$MAIL_PORT " ;;
    *) echo "-jar $REPO_ROOT/$1/target/quarkus-app/quarkus-run.jar " ;;
  esac
}

# running NAME: prints the recorded PID when that process is alive and is really ours.
running() {
  local pid
  pid="$(read_pid "$1")"
  [[ -n "$pid" ]] && pid_matches "$pid" "$(expected_cmdline "$1")" && echo "$pid"
}

# ---- PostgreSQL location ----
pg_bin_dir() {
  local d
  while IFS= read -r d; do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" ]] && { echo "$d"; return 0; }
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r)
  return 1
}

# The root of PostgreSQL's state (data/, run/, postgres.log): recorded by start.sh.
pg_root() {
  if [[ -f "$PG_LOCATION_FILE" ]]; then
    cat "$PG_LOCATION_FILE"
  else
    echo "$STATE_DIR/postgres"
  fi
}
pg_data_dir() { echo "$(pg_root)/data"; }

# Runs a command as the postgres user when we are root (initdb refuses root), else as ourselves.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    # From /, so the postgres user never has to read our working directory.
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# ---- the dev JWT keys (RSA 2048), made once by whichever script needs them first ----
ensure_jwt_keys() {
  require_cmd openssl
  require_cmd perl
  mkdir -p "$KEY_DIR" "$SERVICE_KEYS"
  chmod 700 "$KEY_DIR" "$SERVICE_KEYS"
  ensure_private_key "$JWT_PRIVATE_KEY" "the dev identity provider's JWT key"
  local service
  for service in "${SIGNING_SERVICES[@]}"; do
    ensure_private_key "$SERVICE_KEYS/$service.pem" "$service's own signing key"
  done
  local tmp
  tmp="$(mktemp "$KEY_DIR/.jwt-public.XXXXXX")"
  openssl pkey -in "$JWT_PRIVATE_KEY" -pubout -out "$tmp" 2>/dev/null ||
    { rm -f "$tmp"; die "openssl could not derive the JWT public key"; }
  chmod 644 "$tmp"
  mv -f "$tmp" "$JWT_PUBLIC_KEY"
  local keys
  keys="$(jwk "$JWT_PRIVATE_KEY" "$JWT_KEY_ID")"
  for service in "${SIGNING_SERVICES[@]}"; do
    keys+=",$(jwk "$SERVICE_KEYS/$service.pem" "sip-service.$service")"
  done
  tmp="$(mktemp "$KEY_DIR/.verify-keys.XXXXXX")"
  printf '{"keys":[%s]}\n' "$keys" >"$tmp"
  chmod 644 "$tmp"
  mv -f "$tmp" "$JWT_VERIFY_KEYS"
}

ensure_private_key() { # ensure_private_key FILE WHAT
  local file="$1" what="$2" tmp
  [[ -s "$file" ]] && return 0
  log "generating $what (RSA 2048) in $(dirname "$file")"
  tmp="$(mktemp "$(dirname "$file")/.key.XXXXXX")"
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp" 2>/dev/null) ||
    { rm -f "$tmp"; die "openssl could not generate $what"; }
  chmod 600 "$tmp"
  mv -f "$tmp" "$file"
}

# jwk PRIVATE-KEY-FILE KID: the public half as an RS256 JWK (RFC 7517/7518): modulus and exponent, base64url.
jwk() {
  local n e
  n="$(openssl rsa -in "$1" -noout -modulus 2>/dev/null | sed 's/^Modulus=//' | perl -ne 'chomp; print pack("H*", $_)' |
    base64 -w0 | tr '+/' '-_' | tr -d '=')"
  e="$(openssl rsa -in "$1" -noout -text 2>/dev/null | sed -n 's/^publicExponent: \([0-9]*\) .*/\1/p')"
  [[ -n "$n" && "$e" == 65537 ]] || die "could not read the RSA public key of $1"
  printf '{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"AQAB"}' "$2" "$n"
}

# ---- the secrets made once and kept: the pseudonymisation secret, and the key that encrypts webhook signing
# secrets at rest (kept as long as the database) ----
ensure_secret() { # ensure_secret FILE NAME OPENSSL-RAND-FORMAT
  local file="$1" name="$2" format="$3" tmp
  require_cmd openssl
  [[ -s "$file" ]] && return 0
  mkdir -p "$SECRET_DIR"
  chmod 700 "$SECRET_DIR"
  log "generating $name into $file"
  tmp="$(mktemp "$SECRET_DIR/.$(basename "$file").XXXXXX")"
  (umask 077 && openssl rand "$format" 32 >"$tmp")
  chmod 600 "$tmp"
  mv -f "$tmp" "$file"
}

ensure_person_ref_secret() {
  ensure_secret "$PERSON_REF_SECRET_FILE" SIP_PERSON_REF_SECRET -hex
}

ensure_webhook_secret_key() {
  ensure_secret "$WEBHOOK_SECRET_KEY_FILE" SIP_WEBHOOK_SECRET_KEY -base64
}

# Last lines of a log file, indented, to stderr.
show_log_tail() {
  local file="$1" n="${2:-30}"
  if [[ -f "$file" ]]; then
    local first_error
    first_error="$(grep -m 1 -E '(^|[[:space:]])(ERROR|FATAL)[[:space:]]' "$file" 2>/dev/null | cut -c1-400 || true)"
    [[ -z "$first_error" ]] || printf 'first error in the log: %s\n' "$first_error" >&2
    printf -- '----- last %s lines of %s -----\n' "$n" "$file" >&2
    tail -n "$n" "$file" | sed 's/^/  | /' >&2
    printf -- '----- end of %s -----\n' "$file" >&2
  else
    printf '  (no log file at %s)\n' "$file" >&2
  fi
}
