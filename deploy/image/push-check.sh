#!/usr/bin/env bash
# Shows the registry path works: starts a throwaway registry on 127.0.0.1 (Debian's docker-registry, the CNCF
# distribution registry), builds and pushes one service's image to it with quarkus.container-image.push=true,
# and reads it back through the registry API: the tag, a v2 manifest with every layer blob present, and a config
# with the layers, entrypoint, user, working directory, port, environment and labels of the tarball build
# (target/jib-image.tar), the base and library layers byte for byte.
#
#   deploy/image/push-check.sh consent-service      # after deploy/image/build-and-check.sh built the tarball
# Extra Maven arguments in MVN_ARGS; the offline base as in build-and-check.sh.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
service="${1:?usage: push-check.sh SERVICE}"
registry_port="${SIP_REGISTRY_PORT:-5555}"
registry="127.0.0.1:$registry_port"
tag="push-check"
tarball="$service/target/jib-image.tar"
say() { printf '[push-check %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "FAILED: $*"; exit 1; }

command -v docker-registry >/dev/null || die "needs Debian's docker-registry (apt-get install docker-registry)"
[[ -s "$tarball" ]] || die "no $tarball to compare with (deploy/image/build-and-check.sh builds it)"
(exec 3<>"/dev/tcp/127.0.0.1/$registry_port") 2>/dev/null && die "port $registry_port is taken (SIP_REGISTRY_PORT=…)"

work="$(mktemp -d)"
registry_pid=""
cleanup() {
  if [[ -n "$registry_pid" ]]; then
    kill "$registry_pid" 2>/dev/null || true
    wait "$registry_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $work/storage
http:
  addr: $registry
EOF
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 </dev/null &
registry_pid=$!
for _ in $(seq 1 50); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://$registry/v2/")" == 200 ]] && break
  kill -0 "$registry_pid" 2>/dev/null || { cat "$work/registry.log"; die "the registry did not start"; }
  sleep 0.2
done
say "registry up on $registry (pid $registry_pid)"

base="$(deploy/image/build-offline-base.sh)"
begin=$SECONDS
# shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
./mvnw -B -q ${MVN_ARGS:-} package -Pimage -DskipTests -pl "$service" -am \
  "-Dquarkus.jib.base-jvm-image=tar://$base" \
  -Dquarkus.container-image.push=true \
  "-Dquarkus.container-image.registry=$registry" \
  -Dquarkus.container-image.insecure=true \
  "-Dquarkus.container-image.tag=$tag" </dev/null
say "built and pushed $registry/sip/$service:$tag in $((SECONDS - begin))s"

accept='application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json'
curl -sf "http://$registry/v2/sip/$service/tags/list" | jq -e --arg t "$tag" '.tags | index($t) != null' >/dev/null ||
  die "the registry has no tag $tag for sip/$service"
curl -sf -H "Accept: $accept" "http://$registry/v2/sip/$service/manifests/$tag" >"$work/manifest.json" ||
  die "no manifest for sip/$service:$tag"
config_digest="$(jq -r .config.digest "$work/manifest.json")"
curl -sf "http://$registry/v2/sip/$service/blobs/$config_digest" >"$work/pushed-config.json" ||
  die "no config blob $config_digest"
[[ "sha256:$(sha256sum "$work/pushed-config.json" | cut -d' ' -f1)" == "$config_digest" ]] ||
  die "the config blob does not match its digest"
jq -e '.layers | length > 1' "$work/manifest.json" >/dev/null || die "the manifest lists no layers"
for layer in $(jq -r '.layers[].digest' "$work/manifest.json"); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -I "http://$registry/v2/sip/$service/blobs/$layer")" == 200 ]] ||
    die "layer $layer is not in the registry"
done

tar -xOf "$tarball" config.json >"$work/tar-config.json"
# The layers by name (Jib's history, one entry per layer); the base's and third-party libraries' byte for byte. The
# project's own jars (SNAPSHOT libraries, quarkus-run.jar, app/, quarkus/) are packaged anew by every build.
same='{
  layers: [.history[].comment],
  unchanged_layers: ([.history, .rootfs.diff_ids] | transpose
    | map(select(.[0].comment | IN("fast-jar-changing-libs", "fast-jar-run", "fast-jar-quarkus-app", "fast-jar-quarkus") | not) | .[1])),
  Entrypoint: .config.Entrypoint, User: .config.User, WorkingDir: .config.WorkingDir,
  ExposedPorts: .config.ExposedPorts, Env: .config.Env,
  Labels: (.config.Labels | del(.["org.opencontainers.image.revision"]))}'
if ! diff <(jq -S "$same" "$work/tar-config.json") <(jq -S "$same" "$work/pushed-config.json"); then
  die "the pushed image differs from the tarball's (above: < tarball, > registry)"
fi
say "sip/$service:$tag read back from the registry: $(jq -r .mediaType "$work/manifest.json"), $(jq '.layers | length' "$work/manifest.json") layers, the same layers, entrypoint, user, port and labels as $tarball"
