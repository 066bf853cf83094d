# shellcheck shell=bash
# start.sh's build step: packages the services whose jar is missing (an existing jar is never rebuilt). Sourced by
# start.sh, never run.

build_missing_jars() {
  local missing=() entry name
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"
    [[ -f "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar" ]] || missing+=("$name")
  done
  if ((${#missing[@]} == 0)); then
    log "service jars: all packaged (not rebuilt; run ./mvnw package yourself after changes)"
    return 0
  fi
  local modules
  modules="$(IFS=,; echo "${missing[*]}")"
  log "service jars missing for: ${missing[*]} - building them (./mvnw -B -q -DskipTests package -pl $modules -am)"
  local buildlog="$LOG_DIR/build.log"
  fresh_log "$buildlog"
  if ! (cd "$REPO_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}" ./mvnw -B -q -DskipTests package -pl "$modules" -am) >"$buildlog" 2>&1 </dev/null; then
    fail_part "the Maven build" "$buildlog" "could not package $modules"
  fi
  for name in "${missing[@]}"; do
    [[ -f "$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar" ]] ||
      fail_part "the Maven build" "$buildlog" "$name/target/quarkus-app/quarkus-run.jar still missing after the build"
  done
  log "service jars built"
}
