#!/usr/bin/env bash
# Builds the services' container images offline and checks each (what CI runs; see deploy/image/README.md):
#   1. the offline stand-in base image (deploy/image/build-offline-base.sh), as no registry can be reached here;
#   2. ./mvnw package -Pimage with quarkus.jib.base-jvm-image=tar://<that base>: Quarkus' Jib extension writes
#      each image to <service>/target/jib-image.tar, no Docker daemon involved;
#   3. deploy/image/check-image.sh on each tarball, and deploy/image/test-check-image.sh: those checks catch
#      broken copies of an image;
#   4. deploy/image/run-image.sh (as root): each service started from its image's layers, read-only, as its user,
#      against the local Kafka and PostgreSQL (those that hold data; fhir-service needs neither), called and stopped;
#   5. deploy/image/push-check.sh (with Debian's docker-registry): the first service pushed to a local registry
#      with quarkus.container-image.push=true and read back.
#
#   deploy/image/build-and-check.sh                      # all five services
#   deploy/image/build-and-check.sh consent-service      # one
# Extra Maven arguments in MVN_ARGS (e.g. MVN_ARGS=-o once the dependencies are in ~/.m2).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}"
services=("$@")
((${#services[@]} > 0)) || services=(consent-service meeting-service plan-service notification-service fhir-service)

say() { printf '[image %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

begin=$SECONDS
base="$(deploy/image/build-offline-base.sh)"
say "offline base image: $base ($((SECONDS - begin))s)"

revision="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
modules="$(IFS=,; echo "${services[*]}")"
build_begin=$SECONDS
say "./mvnw -B package -Pimage -pl $modules -am (tests skipped: the test suite runs in ./mvnw verify)"
# shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
./mvnw -B -q ${MVN_ARGS:-} package -Pimage -DskipTests -pl "$modules" -am \
  "-Dquarkus.jib.base-jvm-image=tar://$base" \
  "-Dquarkus.container-image.labels.org.opencontainers.image.revision=$revision" </dev/null
say "images built in $((SECONDS - build_begin))s"

status=0
for service in "${services[@]}"; do
  deploy/image/check-image.sh "$service" || status=1
done
# And the checks themselves: broken copies of the first image must fail them.
deploy/image/test-check-image.sh "${services[0]}" || status=1

# Started from their images, as Kubernetes would run them, against the local Kafka and PostgreSQL where they need them.
if ((status == 0)); then
  if [[ "$(id -u)" == 0 ]]; then
    run_begin=$SECONDS
    if deploy/image/run-image.sh "${services[@]}" </dev/null; then
      say "images started and answered in $((SECONDS - run_begin))s"
    else
      status=1
    fi
  else
    say "not root: the images are checked but not started (deploy/image/run-image.sh needs mount namespaces)"
  fi
fi

# The registry path: the first service built again and pushed to a throwaway local registry, read back.
if ((status == 0)); then
  if command -v docker-registry >/dev/null; then
    deploy/image/push-check.sh "${services[0]}" || status=1
  else
    say "no docker-registry (Debian package): the push to a registry is not tried"
  fi
fi
say "done in $((SECONDS - begin))s: $( ((status == 0)) && echo "every image passed its checks" || echo "an image FAILED its checks")"
exit "$status"
