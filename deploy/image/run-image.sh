#!/usr/bin/env bash
# Starts each service from its image tarball without a container runtime, the way Kubernetes would run it (here
# there is neither Docker nor a cluster): the image's layers unpacked into a root file system, mounted read-only
# in a private mount namespace with a fresh /tmp (the emptyDir), the image's user, working directory, environment
# and entrypoint, the JWT keys mounted read-only as a Secret would be, and the JVM told the memory limit of a pod
# (-XX:MaxRAM). The services that hold data run against the local Kafka and PostgreSQL (deploy/local/start.sh
# --infra-only; started here when not running, and then stopped again); fhir-service needs neither. Then it checks
# what a partner sees: /q/health/ready is UP, the API answers a caller with a token (consent-service: a consent
# recorded and read back; fhir-service: its CapabilityStatement, without one), and it stops cleanly on SIGTERM.
# One service at a time, each on its own port. Needs root (mount namespaces, chroot).
#
#   deploy/image/run-image.sh                    # the five services
#   deploy/image/run-image.sh consent-service
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../local/lib.sh"
# shellcheck source-path=SCRIPTDIR source=../local/settings.sh
source "$LOCAL_DIR/settings.sh"

services=("$@")
((${#services[@]} > 0)) || services=(consent-service meeting-service plan-service notification-service fhir-service)
memory_limit="${SIP_IMAGE_MEMORY:-512m}"
[[ "$(id -u)" == 0 ]] || die "needs root: it unpacks the image and runs it in a mount namespace with chroot"
require_cmd unshare mount pgrep curl jq
for service in "${services[@]}"; do
  [[ -s "$REPO_ROOT/$service/target/jib-image.tar" ]] ||
    die "no image at $service/target/jib-image.tar (deploy/image/build-and-check.sh builds it)"
done

work="$(mktemp -d)"
chmod 755 "$work"
started_infra=0
runner_pid=""
# The service is the one child of the namespace's runner (unshare --fork, which passes no signals on): SIGTERM to
# it, as Kubernetes sends it to a container's process.
stop_service() {
  local java_pid
  java_pid="$(pgrep -P "$runner_pid" || true)"
  [[ -n "$java_pid" ]] && kill -TERM "$java_pid" 2>/dev/null
  wait "$runner_pid" 2>/dev/null || true
  runner_pid=""
}
cleanup() {
  [[ -n "$runner_pid" ]] && stop_service
  rm -rf "$work"
  if ((started_infra)); then
    "$REPO_ROOT/deploy/local/stop.sh" >/dev/null 2>&1 || warn "deploy/local/stop.sh failed"
  fi
}
trap cleanup EXIT

# --- the local Kafka and PostgreSQL (and the dev keys and personRef secret start.sh makes on first use), for the
# services built on the platform module, which brings their database and Kafka; fhir-service holds no data.
needs_infra=0
for service in "${services[@]}"; do
  if grep -q '<artifactId>platform</artifactId>' "$REPO_ROOT/$service/pom.xml"; then needs_infra=1; fi
done
if ((needs_infra)) && { ! port_open "$KAFKA_PORT" || ! port_open "$PG_PORT"; }; then
  log "starting the local Kafka and PostgreSQL (deploy/local/start.sh --infra-only)"
  started_infra=1
  "$REPO_ROOT/deploy/local/start.sh" --infra-only
fi
mkdir -p "$LOG_DIR"
ensure_jwt_keys
# The shared settings every service is given name it, as on the local stack (made here when start.sh did not run).
ensure_person_ref_secret
# The keys as a Secret volume presents them (defaultMode 0444): readable by the service's user, root's.
mkdir -p "$work/secrets"
cp "$JWT_VERIFY_KEYS" "$work/secrets/"
mkdir -p "$work/secrets/services"
cp "$SERVICE_KEYS"/*.pem "$work/secrets/services/"
chmod 0444 "$work/secrets/verify-keys.jwks" "$work/secrets/services/"*
token="$("$REPO_ROOT/deploy/local/token.sh" --sub cw-1 --org kommun-0583 --org-type MUNICIPALITY --groups caseworker)"

# http_status URL [CURL-ARGS...]: the status code of an authenticated call; the body in $work/body.json.
http_status() {
  local url="$1"
  shift
  curl -s --max-time 30 -o "$work/body.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$@" "$url"
}

run_one() {
  local service="$1" rootfs="$work/$1" logfile="$LOG_DIR/$1-image.log" archive="$work/$1-archive"
  local config user workdir port layer status id deadline lines checks
  local -a entrypoint image_env settings

  # --- the image: its config and its layers, in order
  mkdir -p "$archive" "$rootfs"
  tar -xf "$REPO_ROOT/$service/target/jib-image.tar" -C "$archive"
  config="$archive/$(jq -r '.[0].Config' "$archive/manifest.json")"
  while IFS= read -r layer; do
    tar -xzf "$archive/$layer" -C "$rootfs" --warning=no-unknown-keyword --numeric-owner
  done < <(jq -r '.[0].Layers[]' "$archive/manifest.json")
  chmod 755 "$rootfs"
  # Mount points a container runtime provides.
  mkdir -p "$rootfs/proc" "$rootfs/dev" "$rootfs/run/secrets/sip"
  touch "$rootfs/etc/hosts" "$rootfs/etc/resolv.conf"
  user="$(jq -r '.config.User' "$config")"
  workdir="$(jq -r '.config.WorkingDir' "$config")"
  port="$(jq -r '.config.ExposedPorts | keys[0] | rtrimstr("/tcp")' "$config")"
  mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' "$config")
  mapfile -t image_env < <(jq -r '.config.Env[]' "$config")
  log "$service image: user $user, working directory $workdir, port $port, entrypoint: ${entrypoint[*]}"
  ! port_open "$port" || die "port $port is taken (a service of the local stack? deploy/local/stop.sh)"

  # --- run it: the image's environment plus what a Deployment would set (ConfigMap, Secrets): the service's settings
  # on one machine (deploy/local/settings.sh), its keys where the mounted Secret puts them
  lines="$(local_settings "$service" JWT_VERIFY_KEYS=/run/secrets/sip/verify-keys.jwks \
    SERVICE_KEYS=/run/secrets/sip/services)"
  mapfile -t settings <<<"$lines"
  # shellcheck disable=SC2016 # the script in single quotes is run by the inner bash with its own arguments
  env -i "${image_env[@]}" "JAVA_TOOL_OPTIONS=-XX:MaxRAM=$memory_limit" "${settings[@]}" \
    "$(command -v unshare)" --mount --propagation private --fork --kill-child=SIGTERM -- /bin/bash -c '
      set -e
      rootfs="$1" workdir="$2" user="$3" keys="$4"
      shift 4
      mount --bind "$rootfs" "$rootfs"
      mount -t tmpfs -o mode=1777,size=256m tmpfs "$rootfs/tmp"
      mount -t proc proc "$rootfs/proc"
      mount --rbind /dev "$rootfs/dev"
      mount --bind /etc/hosts "$rootfs/etc/hosts"
      mount --bind /etc/resolv.conf "$rootfs/etc/resolv.conf"
      mount --bind "$keys" "$rootfs/run/secrets/sip"
      mount -o remount,bind,ro "$keys" "$rootfs/run/secrets/sip"
      mount -o remount,bind,ro "$rootfs"
      exec /usr/bin/unshare --root="$rootfs" --wd="$workdir" --setgid="${user#*:}" --setuid="${user%%:*}" -- "$@"
    ' run-image "$rootfs" "$workdir" "$user" "$work/secrets" "${entrypoint[@]}" >"$logfile" 2>&1 </dev/null &
  runner_pid=$!
  log "$service: started from its image (log: $logfile)"

  # --- what a partner sees
  deadline=$((SECONDS + 120))
  until [[ "$(curl -s --max-time 5 "http://127.0.0.1:$port/q/health/ready" | jq -r .status 2>/dev/null)" == UP ]]; do
    if ! kill -0 "$runner_pid" 2>/dev/null; then
      show_log_tail "$logfile" 40
      die "$service exited before it was ready"
    fi
    if ((SECONDS > deadline)); then
      show_log_tail "$logfile" 40
      die "$service not ready within 120s"
    fi
    sleep 1
  done
  # What readiness checks: the database and Kafka for the services that hold data, nothing for fhir-service.
  checks="$(curl -s --max-time 5 "http://127.0.0.1:$port/q/health/ready" | jq -r '[.checks[]?.name] | join(", ")' || true)"
  log "$service: /q/health/ready is UP (${checks:-no checks}), read-only root file system, user $user"
  grep -q 'Profile prod activated' "$logfile" || die "$service did not start in the prod profile"

  case "$service" in
    consent-service)
      status="$(http_status "http://127.0.0.1:$port/api/v1/consents" -X POST -H 'Content-Type: application/json' \
        -d '{"personId": "19121212-1212", "decision": "GRANTED", "givenBy": {"role": "INDIVIDUAL"}, "form": "WRITTEN",
             "purposes": ["CONVENE_MEETING"], "validFrom": "2026-11-23",
             "parties": [{"orgId": "kommun-0583", "orgType": "MUNICIPALITY", "name": "Motala kommun"}]}')"
      [[ "$status" == 201 ]] || die "recording a consent answered $status: $(cat "$work/body.json")"
      id="$(jq -r .id "$work/body.json")"
      status="$(http_status "http://127.0.0.1:$port/api/v1/consents/$id")"
      [[ "$status" == 200 ]] || die "reading consent $id back answered $status"
      log "$service: recorded consent $id (201) and read it back (200)"
      ;;
    meeting-service) status="$(http_status "http://127.0.0.1:$port/api/v1/meetings?personId=191212121212")" ;;
    plan-service) status="$(http_status "http://127.0.0.1:$port/api/v1/plans?personId=191212121212")" ;;
    notification-service) status="$(http_status "http://127.0.0.1:$port/api/v1/notifications")" ;;
    fhir-service)
      # What a FHIR client reads first, and without a token: the CapabilityStatement. Its searches need the four
      # services behind it (e2e-tests' FhirStoryIT).
      status="$(curl -s --max-time 30 -o "$work/body.json" -w '%{http_code}' "http://127.0.0.1:$port/fhir/r4/metadata")"
      [[ "$status" == 200 ]] || die "$service answered GET /fhir/r4/metadata with $status: $(cat "$work/body.json")"
      jq -e '.resourceType == "CapabilityStatement" and .fhirVersion == "4.0.1"' "$work/body.json" >/dev/null ||
        die "$service: GET /fhir/r4/metadata is no FHIR R4 CapabilityStatement: $(head -c 300 "$work/body.json")"
      log "$service: GET /fhir/r4/metadata answers its R4 CapabilityStatement without a token (200)"
      ;;
    *) status="$(http_status "http://127.0.0.1:$port/q/openapi")" ;;
  esac
  [[ "$status" == 200 ]] || die "$service answered $status: $(cat "$work/body.json")"
  [[ "$service" == consent-service || "$service" == fhir-service ]] ||
    log "$service: its API answers a caseworker's call (200)"

  # --- a clean stop: SIGTERM, as Kubernetes sends it
  stop_service
  grep -q 'stopped in' "$logfile" || die "$service did not shut down cleanly on SIGTERM (see $logfile)"
  log "$service: stopped cleanly on SIGTERM"
  rm -rf "$rootfs" "$archive"
}

for service in "${services[@]}"; do
  run_one "$service"
done
echo "run-image: ${services[*]}: started from their images, answered and stopped"
