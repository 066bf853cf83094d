#!/usr/bin/env bash
# shellcheck disable=SC2016 # the jq filters name their --arg variables in single quotes, for jq
# Shows that deploy/image/check-image.sh catches what it is there to catch: it takes a service's good image,
# breaks copies of it the ways an image goes wrong (root user, a shell entrypoint, the wrong port, labels gone,
# a private key, a password file and a production secret in a layer, a layer that does not match its digest)
# and expects check-image.sh to fail on each of them with the matching check.
#
#   deploy/image/test-check-image.sh consent-service
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
service="${1:?usage: test-check-image.sh SERVICE}"
good="$root/$service/target/jib-image.tar"
[[ -s "$good" ]] || { echo "test-check-image: no image at $good (deploy/image/build-and-check.sh builds it)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

passed=0
failed=0

# expect_failures NAME IMAGE EXPECTED...: check-image.sh must exit non-zero, with a failed check naming each EXPECTED.
expect_failures() {
  local name="$1" image="$2" output expected
  shift 2
  if output="$("$root/deploy/image/check-image.sh" "$service" "$image" 2>&1)"; then
    printf '  FAIL  %s: check-image.sh passed a broken image\n' "$name"
    failed=$((failed + 1))
    return
  fi
  for expected in "$@"; do
    if grep '^  FAIL  ' <<<"$output" | grep -qF -- "$expected"; then
      printf '  ok    %s: caught by "%s"\n' "$name" "$expected"
      passed=$((passed + 1))
    else
      printf '  FAIL  %s: no failure "%s" in:\n%s\n' "$name" "$expected" "$(grep FAIL <<<"$output")"
      failed=$((failed + 1))
    fi
  done
}

# unpack DIR / repack DIR IMAGE: the image archive as files to change, and back.
unpack() { mkdir -p "$1" && tar -xf "$good" -C "$1"; }
repack() { tar -C "$1" -cf "$2" .; }
edit_json() { # edit_json FILE [JQ-OPTIONS] FILTER
  local file="$1"
  shift
  jq "$@" "$file" >"$file.new" && mv "$file.new" "$file"
}
# add_layer DIR FILES: one more layer holding the tree FILES, its digest in the config, as Jib would write it.
add_layer() {
  local dir="$1" files="$2" layer=extra-layer.tar.gz diff_id
  tar -C "$files" --owner=0 --group=0 -cf "$dir/extra.tar" .
  diff_id="sha256:$(sha256sum "$dir/extra.tar" | cut -d' ' -f1)"
  gzip -c "$dir/extra.tar" >"$dir/$layer" && rm "$dir/extra.tar"
  edit_json "$dir/manifest.json" --arg l "$layer" '.[0].Layers += [$l]'
  edit_json "$dir/config.json" --arg d "$diff_id" '.rootfs.diff_ids += [$d]'
}

echo "check-image.sh against broken copies of $service's image"

# 1. How it starts and who it runs as.
unpack "$work/config"
edit_json "$work/config/config.json" '
  .config.User = "0"
  | .config.Entrypoint = ["/bin/sh", "-c", "java -jar quarkus-run.jar"]
  | .config.ExposedPorts = {"8080/tcp": {}}
  | .config.WorkingDir = "/"
  | .config.Labels |= with_entries(select(.key | startswith("org.opencontainers.image.") | not))'
repack "$work/config" "$work/config.tar"
expect_failures "root, a shell entrypoint, port 8080, no labels" "$work/config.tar" \
  "user is numeric and not root" \
  "entrypoint runs the Quarkus application with java" \
  "exposes the service's HTTP port" \
  "working directory is /deployments" \
  "label org.opencontainers.image.title" \
  "labels name this service and version"

# 2. Secrets in a layer, and a layer whose content does not match its digest.
unpack "$work/secrets"
mkdir -p "$work/files/deployments/config"
printf -- '-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n-----END PRIVATE KEY-----\n' \
  >"$work/files/deployments/config/jwt-signing.txt"
printf 'quarkus.datasource.password=hunter2\n' >"$work/files/deployments/config/application.properties"
chmod 0666 "$work/files/deployments/config/application.properties"
# A jar of the project's own whose configuration carries a production secret (a dev-profile one is allowed).
mkdir -p "$work/jar" "$work/files/deployments/app"
printf '%%dev.sip.person-ref.secret=dev-only\nsip.person-ref.secret=real-production-secret\n' >"$work/jar/application.properties"
jar --create --file "$work/files/deployments/app/$service-extra.jar" -C "$work/jar" application.properties
add_layer "$work/secrets" "$work/files"
first_layer="$(jq -r '.[0].Layers[0]' "$work/secrets/manifest.json")"
gzip -dc "$work/secrets/$first_layer" >"$work/first.tar"
printf 'tampered' >>"$work/first.tar"
gzip -c "$work/first.tar" >"$work/secrets/$first_layer"
repack "$work/secrets" "$work/secrets.tar"
expect_failures "a private key, a password file, a secret in a jar, a tampered layer" "$work/secrets.tar" \
  "every layer's content matches its diff_id" \
  "no private key (-----BEGIN ... PRIVATE KEY-----) in any file of the layers" \
  "no key, keystore or credentials file in the layers" \
  "every file and directory under /deployments is owned by root and writable only by it" \
  "no world-writable path outside /tmp" \
  "hold no key files and no production password or secret"

echo "check-image.sh self-test: $passed passed, $failed failed"
((failed == 0))
