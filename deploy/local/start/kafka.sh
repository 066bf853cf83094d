# shellcheck shell=bash
# start.sh's Kafka step 2: one broker in KRaft mode (broker and controller in one process) on 127.0.0.1, its storage
# formatted on first use, its classpath from kafka-classpath.sh. Sourced by start.sh, never run.

KAFKA_START_TIMEOUT=60
KAFKA_CLUSTER_ID="c2lwLWxvY2FsLWthZmthMQ" # fixed, 22 characters (base64url of 16 bytes)

write_kafka_properties() {
  cat >"$KAFKA_DIR/server.properties" <<EOF
# Written by deploy/local/start/kafka.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
EOF
}

start_kafka() {
  local pid logfile="$LOG_DIR/kafka.log"
  if pid="$(running kafka)"; then
    log "Kafka: already running (pid $pid) on 127.0.0.1:$KAFKA_PORT - left running"
    return 0
  fi
  rm -f "$(pid_file kafka)"
  if port_open "$KAFKA_PORT" || port_open "$KAFKA_CONTROLLER_PORT"; then
    fail_part "Kafka" "$logfile" "port $KAFKA_PORT or $KAFKA_CONTROLLER_PORT is taken by a process start.sh did not start"
  fi
  local cp
  cp="$(kafka_classpath)"
  write_kafka_properties
  fresh_log "$logfile"
  local jvm_opts=(-Xmx512m -Xms128m -Dorg.slf4j.simpleLogger.showDateTime=true
    "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS" -Dorg.slf4j.simpleLogger.defaultLogLevel=info)
  if [[ ! -f "$KAFKA_DIR/data/meta.properties" ]]; then
    log "Kafka: formatting storage in $KAFKA_DIR/data (cluster id $KAFKA_CLUSTER_ID)"
    "$JAVA_CMD" "${jvm_opts[@]}" -cp "$cp" kafka.tools.StorageTool format \
      -t "$KAFKA_CLUSTER_ID" -c "$KAFKA_DIR/server.properties" >>"$logfile" 2>&1 </dev/null ||
      fail_part "Kafka (storage format)" "$logfile" "kafka.tools.StorageTool format failed"
  else
    log "Kafka: storage already formatted ($KAFKA_DIR/data)"
  fi
  log "Kafka: starting the broker (KRaft, broker+controller) on 127.0.0.1:$KAFKA_PORT"
  nohup "$JAVA_CMD" "${jvm_opts[@]}" -cp "$cp" kafka.Kafka "$KAFKA_DIR/server.properties" >>"$logfile" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$(pid_file kafka)"
  local deadline=$((SECONDS + KAFKA_START_TIMEOUT))
  until port_open "$KAFKA_PORT"; do
    pid_matches "$pid" "$(expected_cmdline kafka)" || fail_part "Kafka" "$logfile" "the broker process (pid $pid) exited during start-up"
    ((SECONDS < deadline)) || fail_part "Kafka" "$logfile" "port $KAFKA_PORT did not answer within ${KAFKA_START_TIMEOUT}s"
    sleep 0.5
  done
  log "Kafka: up (pid $pid), 127.0.0.1:$KAFKA_PORT answers"
}
