#!/usr/bin/env bash
# shellcheck disable=SC2016 # the jq filters name their --arg variables in single quotes, for jq
# Opens one service's image tarball (Docker image archive, as `./mvnw package -Pimage` writes it to
# <service>/target/jib-image.tar) and checks what Kubernetes and an operator rely on: the manifest and the layers'
# digests, the entrypoint, a numeric non-root user, the exposed port, the working directory, the OCI labels, the
# application's files in the layers (and nothing of the tests), files the user cannot change, and no keys or
# secrets in any layer.
#
#   deploy/image/check-image.sh consent-service [path/to/image.tar]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
service="${1:?usage: check-image.sh SERVICE [IMAGE.tar]}"
tarball="${2:-$root/$service/target/jib-image.tar}"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
port="$(sed -n 's/^quarkus\.http\.port=\([0-9]*\)$/\1/p' "$root/$service/src/main/resources/application.properties")"
app=/deployments

passed=0
failed=0
check() { # check DESCRIPTION COMMAND...: one assertion, reported either way
  if "${@:2}"; then
    printf '  ok    %s\n' "$1"
    passed=$((passed + 1))
  else
    printf '  FAIL  %s\n' "$1"
    failed=$((failed + 1))
  fi
}
# Predicates for check (they print nothing; a failure is reported by check).
none() { [[ -z "$1" ]] || { printf '        found: %s\n' "$1" | head -20; return 1; }; }
holds() { jq -e "$@" >/dev/null; } # holds [JQ-OPTIONS] FILTER FILE: the filter yields true
json_is() { [[ "$(jq -r "$1" "$config")" == "$2" ]]; }
in_image() { [[ -e "$rootfs$1" ]]; }

[[ -s "$tarball" ]] || { echo "check-image: no image tarball at $tarball (build it: deploy/image/build-and-check.sh)" >&2; exit 1; }
echo "image of $service: $tarball ($(du -h "$tarball" | cut -f1))"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/archive" "$work/rootfs"
rootfs="$work/rootfs"
tar -xf "$tarball" -C "$work/archive"
manifest="$work/archive/manifest.json"
config="$work/archive/$(jq -r '.[0].Config' "$manifest")"

# --- manifest and layers
check "one image in the archive, tagged sip/$service:$version" \
  holds --arg tag "sip/$service:$version" 'length == 1 and .[0].RepoTags == [$tag]' "$manifest"
mapfile -t layers < <(jq -r '.[0].Layers[]' "$manifest")
mapfile -t diff_ids < <(jq -r '.rootfs.diff_ids[]' "$config")
check "as many layers (${#layers[@]}) as the config's diff_ids (${#diff_ids[@]})" test "${#layers[@]}" -eq "${#diff_ids[@]}"
bad_digests=""
listing="$work/listing"
: >"$listing"
for i in "${!layers[@]}"; do
  layer="$work/archive/${layers[$i]}"
  if [[ "sha256:$(gzip -dc "$layer" | sha256sum | cut -d' ' -f1)" != "${diff_ids[$i]:-}" ]]; then
    bad_digests+="${layers[$i]} "
  fi
  # Layers are applied in order; Jib writes no deletions (whiteouts), so extracting each over the last is the
  # file system a container sees.
  tar -xzf "$layer" -C "$rootfs" --warning=no-unknown-keyword --no-same-owner --no-same-permissions
  # One line per entry: mode owner/group size date time path (path without a leading ./).
  tar -tvzf "$layer" --warning=no-unknown-keyword --numeric-owner | awk '{ sub(/^\.\//, "", $6); print }' >>"$listing"
done
check "every layer's content matches its diff_id" none "$bad_digests"

# --- how it starts
check "entrypoint runs the Quarkus application with java: java ... -jar quarkus-run.jar" \
  holds '.config.Entrypoint | .[0] == "java" and .[-2:] == ["-jar", "quarkus-run.jar"]' "$config"
check "JVM sized by the container's memory limit (-XX:MaxRAMPercentage) and exits on OutOfMemoryError" \
  holds '.config.Entrypoint | any(startswith("-XX:MaxRAMPercentage=")) and any(. == "-XX:+ExitOnOutOfMemoryError")' \
  "$config"
check "no Cmd that would be appended to the entrypoint" holds '(.config.Cmd // []) == []' "$config"
java_found=""
for dir in $(jq -r '.config.Env[] | select(startswith("PATH=")) | ltrimstr("PATH=")' "$config" | tr ':' ' '); do
  if [[ -f "$rootfs$dir/java" ]]; then java_found="$dir/java"; break; fi
done
check "java is on the image's PATH (${java_found:-not found})" test -n "$java_found"
check "working directory is $app" json_is '.config.WorkingDir' "$app"
check "user is numeric and not root ($(jq -r '.config.User' "$config"))" \
  holds '.config.User | test("^[0-9]+(:[0-9]+)?$") and (split(":")[0] | tonumber) != 0' "$config"
check "exposes the service's HTTP port $port/tcp" \
  holds --arg port "$port/tcp" '.config.ExposedPorts | keys == [$port]' "$config"

# --- labels
for label in title version description vendor base.name; do
  check "label org.opencontainers.image.$label ($(jq -r ".config.Labels[\"org.opencontainers.image.$label\"] // \"missing\"" "$config"))" \
    holds --arg l "org.opencontainers.image.$label" '.config.Labels[$l] // "" | length > 0' "$config"
done
check "labels name this service and version" \
  holds --arg s "$service" --arg v "$version" \
  '.config.Labels["org.opencontainers.image.title"] == $s and .config.Labels["org.opencontainers.image.version"] == $v' \
  "$config"

# --- the application in the layers
check "$app/quarkus-run.jar, whose manifest starts Quarkus" \
  bash -c "unzip -p '$rootfs$app/quarkus-run.jar' META-INF/MANIFEST.MF | grep -q '^Main-Class: io.quarkus.bootstrap.runner.QuarkusEntryPoint'"
check "$app/app/$service-$version.jar (the service's code)" in_image "$app/app/$service-$version.jar"
# The project's modules its pom depends on (the platform, for the services that hold data; fhir-service has none).
mapfile -t modules < <(tr -d '\n' <"$root/$service/pom.xml" | sed 's:<dependency>:\n&:g; s:</dependency>:&\n:g' |
  grep '^<dependency>.*<groupId>se\.sip</groupId>' | grep -v '<scope>test</scope>' |
  sed -n 's:.*<artifactId>\([^<]*\)</artifactId>.*:\1:p')
for module in "${modules[@]}"; do
  check "$app/lib/main/se.sip.$module-$version.jar (the project's $module module)" \
    in_image "$app/lib/main/se.sip.$module-$version.jar"
done
check "$app/quarkus/quarkus-application.dat (the build-time boot)" in_image "$app/quarkus/quarkus-application.dat"
check "runtime libraries in $app/lib/main ($(find "$rootfs$app/lib/main" -name '*.jar' | wc -l) jars)" \
  test "$(find "$rootfs$app/lib/main" -name '*.jar' | wc -l)" -gt 50
check "nothing of the tests: no test-infra, JUnit, REST Assured, Kafka broker or embedded PostgreSQL" \
  none "$(find "$rootfs$app/lib" -name '*.jar' -printf '%f\n' |
    grep -E 'test-infra|junit|rest-assured|awaitility|kafka_2\.13|embedded-postgres|greenmail' || true)"
check "/tmp exists for the emptyDir that Kubernetes mounts there" test -d "$rootfs/tmp"

# --- files the user cannot change: everything of the application is root's and writable by root only
check "every file and directory under $app is owned by root and writable only by it" \
  none "$(awk -v app="${app#/}/" 'index($6, app) == 1 && ($2 != "0/0" || substr($1, 6, 1) == "w" || substr($1, 9, 1) == "w") { print $1, $2, $6 }' "$listing")"
check "no world-writable path outside /tmp" \
  none "$(awk 'substr($1, 9, 1) == "w" && $6 !~ /^tmp\/?$/ && substr($1, 1, 1) != "l" { print $1, $6 }' "$listing")"

# --- no keys or secrets in any layer
# Public CA certificates are no secret: a real base image keeps them under these paths.
public_certs='^(etc/ssl/certs|usr/share/ca-certificates|etc/pki/ca-trust)/'
check "no key, keystore or credentials file in the layers (*.pem, *.key, *.p12, *.jks, id_rsa, .env, .git, ...)" \
  none "$(awk '{ print $6 }' "$listing" | grep -Ev "$public_certs" |
    grep -E '\.(pem|key|p12|pfx|jks|keystore|kdb)$|(^|/)id_(rsa|dsa|ecdsa|ed25519)|(^|/)\.env$|(^|/)\.git(/|$)|(^|/)\.(netrc|pgpass|npmrc)$|(^|/)(application|microprofile-config)\.(properties|ya?ml)$' || true)"
check "no private key (-----BEGIN ... PRIVATE KEY-----) in any file of the layers" \
  none "$(grep -rlE -- '-----BEGIN ([A-Z]+ )?PRIVATE KEY-----' "$rootfs" | sed "s|^$rootfs||" || true)"
# The project's own jars carry its configuration: a password, secret or key there must be empty or scoped to
# the dev/test profiles, never a value the production profile would read. A setting whose name only looks like one
# (the accepted age of a token, in seconds; the calls a service takes from another's token) is named as not secret.
shopt -s nullglob # a service may have no module of the project's in lib/main
own_jars=("$rootfs$app/app/"*.jar "$rootfs$app/lib/main/se.sip."*.jar)
shopt -u nullglob
secrets=""
for jar in "${own_jars[@]}"; do
  entries="$(unzip -Z1 "$jar")"
  secrets+="$(grep -E '\.(pem|key|p12|pfx|jks|keystore)$|id_(rsa|ecdsa|ed25519)' <<<"$entries" | sed "s|^|${jar#"$rootfs"}!|" || true)"
  for props in $(grep -E '(^|/)(application|microprofile-config)\.properties$' <<<"$entries" || true); do
    secrets+="$(unzip -p "$jar" "$props" |
      grep -iE '^[^#%][^=]*(password|secret|private|credential|token)[^=]*=[[:space:]]*[^[:space:]]' |
      grep -vE '^mp\.jwt\.verify\.token\.age=[0-9]+$' |
      grep -vE '^sip\.service-token\.allowed\.[a-z-]+=(GET|POST) /[^,]*(,(GET|POST) /[^,]*)*$' |
      sed "s|^|${jar#"$rootfs"}!$props: |" || true)"
  done
  secrets+="$(unzip -p "$jar" | grep -caE -- '-----BEGIN ([A-Z]+ )?PRIVATE KEY-----' | grep -v '^0$' | sed "s|^|${jar#"$rootfs"}: private keys: |" || true)"
done
check "the project's jars (${#own_jars[@]}) hold no key files and no production password or secret" none "$secrets"

echo "image of $service: $passed checks passed, $failed failed"
((failed == 0))
