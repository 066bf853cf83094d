# shellcheck shell=bash
# start.sh's mail step: the mail catcher (Debian's python3-aiosmtpd, installed when missing and root) on 127.0.0.1,
# keeping every mail the services send as a file under .local/mail/. Sourced by start.sh, never run.

ensure_aiosmtpd() {
  "$MAIL_PYTHON" -c 'import aiosmtpd' >/dev/null 2>&1 && return 0
  [[ "$(id -u)" == 0 ]] || die "the mail catcher needs Debian's python3-aiosmtpd: sudo apt-get install -y python3-aiosmtpd"
  log "mail catcher: python3-aiosmtpd missing - apt-get update && apt-get install -y python3-aiosmtpd"
  local aptlog="$LOG_DIR/apt-aiosmtpd.log"
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-aiosmtpd; } >"$aptlog" 2>&1 </dev/null ||
    fail_part "mail catcher (apt-get install)" "$aptlog" "could not install python3-aiosmtpd"
}

start_mail_catcher() {
  local pid logfile="$LOG_DIR/mail.log"
  if pid="$(running mail)"; then
    log "mail catcher: already running (pid $pid) on 127.0.0.1:$MAIL_PORT - left running"
    return 0
  fi
  rm -f "$(pid_file mail)"
  port_open "$MAIL_PORT" && fail_part "mail catcher" "$logfile" "port $MAIL_PORT is taken by a process start.sh did not start"
  ensure_aiosmtpd
  # A Maildir: Python's mailbox.Maildir makes tmp/, new/ and cur/ only when it creates the directory itself.
  mkdir -p "$MAIL_DIR/tmp" "$MAIL_DIR/new" "$MAIL_DIR/cur"
  fresh_log "$logfile"
  log "mail catcher: starting on 127.0.0.1:$MAIL_PORT, mails kept in $MAIL_DIR/new/"
  nohup "$MAIL_PYTHON" -m aiosmtpd -n -l "127.0.0.1:$MAIL_PORT" -c aiosmtpd.handlers.Mailbox "$MAIL_DIR" \
    >>"$logfile" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$(pid_file mail)"
  local deadline=$((SECONDS + 20))
  until port_open "$MAIL_PORT"; do
    pid_matches "$pid" "$(expected_cmdline mail)" || fail_part "mail catcher" "$logfile" "it exited during start-up"
    ((SECONDS < deadline)) || fail_part "mail catcher" "$logfile" "port $MAIL_PORT did not answer within 20s"
    sleep 0.5
  done
  log "mail catcher: up (pid $pid)"
}
