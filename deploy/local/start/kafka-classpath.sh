# shellcheck shell=bash
# start.sh's Kafka step 1: the broker's classpath (org.apache.kafka:kafka_2.13 and slf4j-simple, deploy/local/kafka/
# pom.xml), resolved from Maven Central once and again whenever the pom changed or a jar on it is gone. Sourced by
# start.sh, never run.

kafka_classpath() {
  local cpfile="$KAFKA_DIR/classpath.txt" pom="$LOCAL_DIR/kafka/pom.xml" stale=0 jar
  if [[ ! -s "$cpfile" || "$pom" -nt "$cpfile" ]]; then
    stale=1
  else
    while IFS= read -r jar; do
      [[ -f "$jar" ]] || { stale=1; break; }
    done < <(tr ':' '\n' <"$cpfile")
  fi
  if ((stale)); then
    log "Kafka: resolving the broker's classpath from Maven Central (org.apache.kafka:kafka_2.13 + slf4j-simple)"
    local mvnlog="$LOG_DIR/kafka-classpath.log"
    if ! (cd "$REPO_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g}" ./mvnw -B -q -f deploy/local/kafka/pom.xml \
      dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$cpfile.tmp") >"$mvnlog" 2>&1 </dev/null; then
      rm -f "$cpfile.tmp"
      fail_part "Kafka (classpath resolution)" "$mvnlog" "Maven could not resolve deploy/local/kafka/pom.xml"
    fi
    mv -f "$cpfile.tmp" "$cpfile"
  fi
  cat "$cpfile"
}
