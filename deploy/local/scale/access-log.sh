#!/usr/bin/env bash
# A part of deploy/local/scale.sh: the access log at production volume. Applies the platform's migrations (V*.sql in
# Flyway's version order, then afterMigrate.sql with its placeholders) as a schema owner, with a separate service
# role as in the cluster, fills access_log with SCALE_ROWS rows (default 100 000 000) spread over 24 months, ANALYZEs,
# and prints EXPLAIN (ANALYZE, BUFFERS) and timings of the queries the log must answer, the cost of an insert, the
# sizes, and the retention step (detach and drop the oldest month). Markdown on stdout, progress on stderr.
# Environment: PGHOST, PGPORT, PGUSER (a superuser), PG_BIN (set by scale.sh); optional:
#   SCALE_KEEP             1, or the argument --keep: keep the database (scale.sh --keep); otherwise it is dropped
#   SCALE_ROWS             rows (default 100000000)
#   ACCESS_LOG_MONTHS      months of rows, ending with the last complete month (default 24)
#   ACCESS_LOG_PERSONS     distinct persons (default 1.5 % of the rows, at least 1000: 1 500 000 at 100 million)
#   ACCESS_LOG_ACTORS      distinct users (default 4000)
#   ACCESS_LOG_LAYOUTS     "migrations" (the schema the migrations make: partitioned by month), "plain" (the migrations
#                          before V0_8: one table), or both, space-separated (default "migrations"); each its own database
# shellcheck disable=SC2016 # the markdown's backticks are meant literally
set -euo pipefail

case "${1:-}" in
  --keep) SCALE_KEEP=1 ;;
  '') ;;
  *) echo "usage: $0 [--keep]" >&2; exit 2 ;;
esac
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/migrations.sh
source "$HERE/lib/migrations.sh"
MIGRATIONS="$(cd "$HERE/../../../platform/src/main/resources/db/platform" && pwd)"
: "${PGHOST:?}" "${PGPORT:?}" "${PGUSER:?}" "${PG_BIN:?}"
ROWS="${SCALE_ROWS:-100000000}"
MONTHS="${ACCESS_LOG_MONTHS:-24}"
PERSONS="${ACCESS_LOG_PERSONS:-$(( ROWS * 15 / 1000 > 1000 ? ROWS * 15 / 1000 : 1000 ))}"
ACTORS="${ACCESS_LOG_ACTORS:-4000}"
LAYOUTS="${ACCESS_LOG_LAYOUTS:-migrations}"
OWNER=scale_owner
RUNTIME=scale_service
SCHEMA=sip

progress() { printf '[access-log %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
psql_as() { # psql_as ROLE DB ARGS...: as ROLE (SET ROLE from the superuser login), stop at the first error
  local role="$1" db="$2"
  shift 2
  PGOPTIONS="-c role=$role -c search_path=$SCHEMA" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"
}
psql_su() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
fence() { printf '```\n'; cat; printf '```\n\n'; }

# The platform's migrations in Flyway's order (by version, numerically per part); LAYOUT plain stops before V0_8.
migrations() {
  local f v
  flyway_order "$MIGRATIONS"/V*__*.sql | while IFS=$'\t' read -r v f; do
    if [[ "$1" == plain ]] && [[ "$(printf '%s\n0.8\n' "$v" | sort -V | head -n 1)" == 0.8 ]]; then continue; fi
    echo "$f"
  done
}

# Applies the migrations as the owner, as Flyway would: each file, then afterMigrate.sql with ${runtime_role} and
# ${flyway:table} substituted (a stand-in history table, so that its REVOKE has something to act on).
migrate() { # migrate DB LAYOUT
  local db="$1" layout="$2" f
  psql_as "$OWNER" "$db" -c "CREATE SCHEMA $SCHEMA" -c "CREATE TABLE flyway_schema_history (version text)"
  while read -r f; do
    progress "$db: $(basename "$f")"
    psql_as "$OWNER" "$db" -f "$f" >&2
  done < <(migrations "$layout")
  sed -e "s/\${runtime_role}/$RUNTIME/g" -e "s/\${flyway:table}/flyway_schema_history/g" "$MIGRATIONS/afterMigrate.sql" |
    psql_as "$OWNER" "$db" -f - >&2
}

# The organisations (290 municipalities, 21 regions, 12 SiS institutions) and the users, each of one organisation;
# a few organisations have many users (Stockholm, Göteborg, the big regions), most have few.
make_people() { # make_people DB
  psql_as "$OWNER" "$1" <<SQL
CREATE TABLE scale_org AS
  SELECT n AS idx,
         CASE WHEN n < 290 THEN 'kommun-' || lpad((114 + n * 7)::text, 4, '0')
              WHEN n < 311 THEN 'region-' || lpad((n - 289)::text, 2, '0')
              ELSE 'sis-lvm-hem-' || (n - 310) END AS org,
         CASE WHEN n < 290 THEN 'MUNICIPALITY' WHEN n < 311 THEN 'REGION' ELSE 'SIS' END AS org_type
  FROM generate_series(0, 322) n;
-- Organisation of a user: skewed towards the first ones (a big municipality has hundreds of caseworkers). Regions and
-- SiS are spread over the range so that they are not all small.
CREATE TABLE scale_actor AS
  SELECT a AS id, 'SE2321000016-' || upper(substr(md5('actor' || a), 1, 6)) AS sub, o.org, o.org_type
  FROM generate_series(0, $ACTORS - 1) a
  JOIN scale_org o ON o.idx = (floor(323 * power((abs(hashint4(a)) % 1000000) / 1000000.0, 2))::int * 37) % 323;
CREATE UNIQUE INDEX ON scale_actor (id);
ANALYZE scale_actor;
SQL
}

# One month of rows, in the order they arrive (at grows with the series), so that the heap is ordered by time as in
# production. Users and persons are skewed (x = floor(N * u^1.5)): a few users and persons are in many rows, most in
# few; 85 % reads; 2 % DENIED, 1 % NOT_FOUND (no person). Layout migrations: the month is loaded as the bulk loads
# of a partitioned table are: a table of its own made in the same transaction (so, with wal_level minimal, without
# WAL), its primary key and indexes built after the rows (packed, as REINDEX leaves a closed month), then attached
# to access_log, which takes them as the partition's indexes and clones the row trigger; the TRUNCATE trigger as
# access_log_add_partitions makes it. Layout plain: the rows go into the one table, whose indexes are built at the end.
fill_month() { # fill_month DB LAYOUT MONTH_START N
  local db="$1" layout="$2" month="$3" n="$4" part target
  part="access_log_y${month:0:4}m${month:5:2}"
  target=access_log
  [[ "$layout" == migrations ]] && target="$part"
  psql_as "$OWNER" "$db" <<SQL
BEGIN;
$( [[ "$layout" == migrations ]] && echo "CREATE TABLE $part (LIKE access_log);" )
INSERT INTO $target (id, at, actor_sub, actor_org, actor_org_type, action, resource_type, resource_id, person_ref,
                     outcome)
SELECT gen_random_uuid(), t.at, a.sub, a.org, a.org_type, t.action, t.resource_type,
       CASE WHEN t.resource_type IN ('plan-list', 'consent-decision') THEN NULL ELSE gen_random_uuid()::text END,
       CASE WHEN t.outcome = 'NOT_FOUND' THEN NULL
            ELSE encode(sha256(convert_to('person-' || t.person, 'UTF8')), 'hex') END,
       t.outcome
FROM (SELECT g,
             m0 + (m1 - m0) * ((g - random()) / $n) AS at,
             floor($ACTORS * power(random(), 1.5))::int AS actor,
             floor($PERSONS * power(random(), 1.5))::int AS person,
             CASE WHEN random() < 0.85 THEN 'READ' ELSE 'WRITE' END AS action,
             (ARRAY['plan', 'plan', 'plan', 'schedule', 'consent', 'consent', 'meeting', 'meeting', 'plan-list',
                    'consent-decision'])[1 + floor(random() * 10)::int] AS resource_type,
             CASE WHEN r < 0.01 THEN 'NOT_FOUND' WHEN r < 0.03 THEN 'DENIED' ELSE 'PERMITTED' END AS outcome
      FROM (SELECT '$month'::timestamp AT TIME ZONE 'UTC' AS m0,
                   ('$month'::timestamp + interval '1 month') AT TIME ZONE 'UTC' AS m1) m,
           LATERAL (SELECT g, random() AS r FROM generate_series(1, $n) g) s) t
JOIN scale_actor a ON a.id = t.actor;
$( [[ "$layout" == migrations ]] && cat <<ATTACH
ALTER TABLE $part ADD PRIMARY KEY (id, at);
CREATE INDEX ON $part (person_ref, at);
CREATE INDEX ON $part (actor_org, at);
ALTER TABLE $part ADD CONSTRAINT ${part}_month
  CHECK (at >= '$month'::timestamp AT TIME ZONE 'UTC' AND at < ('$month'::timestamp + interval '1 month') AT TIME ZONE 'UTC');
ALTER TABLE access_log ATTACH PARTITION $part
  FOR VALUES FROM ('$month'::timestamp AT TIME ZONE 'UTC') TO (('$month'::timestamp + interval '1 month') AT TIME ZONE 'UTC');
ALTER TABLE $part DROP CONSTRAINT ${part}_month;
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON $part
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_insert_only();
ATTACH
)
COMMIT;
SQL
}

# timed DB TITLE SQL: the plan of the first run in full, then the planning and execution times of five more.
timed() {
  local db="$1" title="$2" sql="$3" plan times=() out joined
  plan="$(psql_as "$RUNTIME" "$db" -At -c "EXPLAIN (ANALYZE, BUFFERS) $sql")"
  for _ in 1 2 3 4 5; do
    out="$(psql_as "$RUNTIME" "$db" -At -c "EXPLAIN (ANALYZE) $sql")"
    times+=("$(sed -n 's/^Planning Time: \(.*\) ms$/\1/p' <<<"$out") + $(sed -n 's/^Execution Time: \(.*\) ms$/\1/p' <<<"$out")")
  done
  joined="$(IFS=,; echo "${times[*]}")"
  printf '#### %s\n\nFirst run: planning %s ms + execution %s ms; the next five (planning + execution): %s ms.\n\n' "$title" \
    "$(sed -n 's/^Planning Time: \(.*\) ms$/\1/p' <<<"$plan")" "$(sed -n 's/^Execution Time: \(.*\) ms$/\1/p' <<<"$plan")" \
    "${joined//,/, }"
  printf '%s\n' "$sql" "" "$plan" | fence
}

# prepared DB TITLE PARAMETER-TYPES SQL ARGS: as the service sends it (a prepared statement with parameters, its
# generic plan, as the JDBC driver uses after five executions): the partitions are pruned when it runs.
prepared() {
  local db="$1" title="$2" types="$3" sql="$4" args="$5" plan
  plan="$(psql_as "$RUNTIME" "$db" -At <<SQL
SET plan_cache_mode = force_generic_plan;
PREPARE q($types) AS $sql;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($args);
SQL
)"
  printf '#### %s\n\nPlanning %s ms + execution %s ms.\n\n' "$title" \
    "$(sed -n 's/^Planning Time: \(.*\) ms$/\1/p' <<<"$plan")" "$(sed -n 's/^Execution Time: \(.*\) ms$/\1/p' <<<"$plan")"
  printf '%s\n' "PREPARE q($types) AS $sql;" "EXECUTE q($args);" "" "$plan" | fence
}

run_layout() { # run_layout LAYOUT
  local layout="$1" db="scale_access_log_$1" start m month n per_month rest total_ms
  progress "$layout: database $db, $ROWS rows over $MONTHS months, $PERSONS persons, $ACTORS users"
  psql_su -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  psql_su -d postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$OWNER') THEN CREATE ROLE $OWNER; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$RUNTIME') THEN CREATE ROLE $RUNTIME; END IF;
    END \$\$" -c "ALTER DATABASE $db OWNER TO $OWNER" -c "GRANT $OWNER, $RUNTIME TO $PGUSER"
  migrate "$db" "$layout"
  make_people "$db"

  # The months: the MONTHS complete months before the current one.
  local first
  first="$(psql_su -d "$db" -At -c "SELECT to_char(date_trunc('month', now() AT TIME ZONE 'UTC') - interval '$MONTHS months', 'YYYY-MM-DD')")"
  if [[ "$layout" == plain ]]; then
    psql_as "$OWNER" "$db" -c "DROP INDEX access_log_person_idx, access_log_actor_org_idx" \
      -c "ALTER TABLE access_log DROP CONSTRAINT access_log_pkey"
  fi
  per_month=$(( ROWS / MONTHS ))
  rest=$(( ROWS - per_month * MONTHS ))
  start=$(date +%s%N)
  for ((m = 0; m < MONTHS; m++)); do
    month="$(date -u -d "$first + $m months" +%Y-%m-%d)"
    n=$per_month
    ((m == MONTHS - 1)) && n=$(( per_month + rest ))
    local t0
    t0=$(date +%s%N)
    fill_month "$db" "$layout" "$month" "$n"
    progress "$layout: month $((m + 1))/$MONTHS ($month): $n rows in $(( $(ms_since "$t0") / 1000 )) s"
  done
  if [[ "$layout" == plain ]]; then
    progress "$layout: primary key and indexes"
    psql_as "$OWNER" "$db" -c "ALTER TABLE access_log ADD PRIMARY KEY (id)" \
      -c "CREATE INDEX access_log_person_idx ON access_log (person_ref, at)" \
      -c "CREATE INDEX access_log_actor_org_idx ON access_log (actor_org, at)"
  fi
  total_ms=$(ms_since "$start")
  # What every start of a service does: afterMigrate again (the new partitions' grants), idempotent.
  sed -e "s/\${runtime_role}/$RUNTIME/g" -e "s/\${flyway:table}/flyway_schema_history/g" "$MIGRATIONS/afterMigrate.sql" |
    psql_as "$OWNER" "$db" -f - >&2
  progress "$layout: ANALYZE"
  local t_analyze
  t_analyze=$(date +%s%N)
  psql_as "$OWNER" "$db" -c "ANALYZE access_log"
  t_analyze=$(ms_since "$t_analyze")

  # Whom to ask about: the person with the most rows (the worst case) and a typical one (the median count).
  local heavy typical org last_month prev3 counts
  heavy="$(psql_as "$OWNER" "$db" -At -c "SELECT encode(sha256(convert_to('person-0', 'UTF8')), 'hex')")"
  typical="$(psql_as "$OWNER" "$db" -At -c "SELECT encode(sha256(convert_to('person-' || ($PERSONS * 0.6)::int, 'UTF8')), 'hex')")"
  org="$(psql_as "$OWNER" "$db" -At -c "SELECT org FROM scale_actor GROUP BY org ORDER BY count(*) DESC LIMIT 1")"
  last_month="$(date -u -d "$first + $((MONTHS - 1)) months" +%Y-%m-%d)"
  prev3="$(date -u -d "$first + $((MONTHS - 3)) months" +%Y-%m-%d)"
  local next_month
  next_month="$(date -u -d "$first + $MONTHS months" +%Y-%m-%d)"

  printf '### The access log, layout `%s` (%s rows)\n\n' "$layout" "$ROWS"
  printf '%s rows over %s months (%s to %s), %s persons, %s users of 323 organisations; generated in %s s (%s rows/s), `ANALYZE` %s s.\n\n' \
    "$ROWS" "$MONTHS" "$first" "$last_month" "$PERSONS" "$ACTORS" "$((total_ms / 1000))" \
    "$(( ROWS * 1000 / (total_ms > 0 ? total_ms : 1) ))" "$((t_analyze / 1000))"
  counts="$(psql_as "$OWNER" "$db" -At -F ' ' -c "SELECT
      (SELECT count(*) FROM access_log WHERE person_ref = '$heavy'),
      (SELECT count(*) FROM access_log WHERE person_ref = '$typical'),
      (SELECT count(*) FROM access_log WHERE actor_org = '$org' AND at >= '$last_month' AND at < '$next_month'),
      (SELECT count(DISTINCT person_ref) FROM access_log WHERE at >= '$last_month' AND at < '$next_month')")"
  read -r c_heavy c_typical c_org c_month_persons <<<"$counts"
  printf 'Asked about: the person with the most rows (%s rows), a typical person (%s rows), the organisation with the most users (`%s`, %s rows in the last month); %s distinct persons in the last month.\n\n' \
    "$c_heavy" "$c_typical" "$org" "$c_org" "$c_month_persons"

  printf '#### Sizes\n\n'
  psql_as "$OWNER" "$db" -At -F ' | ' <<SQL | { printf '| relation | total | table | indexes |\n|---|---|---|---|\n'; sed 's/^/| /; s/$/ |/'; }
SELECT 'access_log (all partitions)',
       pg_size_pretty(sum(pg_total_relation_size(r))), pg_size_pretty(sum(pg_relation_size(r))),
       pg_size_pretty(sum(pg_indexes_size(r)))
FROM (SELECT 'access_log'::regclass AS r UNION ALL SELECT inhrelid::regclass FROM pg_inherits
      WHERE inhparent = 'access_log'::regclass) x;
SELECT 'one month (' || to_char('$last_month'::date, 'YYYY-MM') || ')', pg_size_pretty(pg_total_relation_size(c.oid)),
       pg_size_pretty(pg_relation_size(c.oid)), pg_size_pretty(pg_indexes_size(c.oid))
FROM pg_class c WHERE c.relname = 'access_log_y' || to_char('$last_month'::date, 'YYYY') || 'm' || to_char('$last_month'::date, 'MM');
SELECT i.indexrelid::regclass::text || ' (all partitions)', pg_size_pretty(sum(pg_relation_size(p.indexrelid))), '', ''
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
JOIN LATERAL (SELECT i.indexrelid UNION ALL SELECT inhrelid FROM pg_inherits WHERE inhparent = i.indexrelid) p ON true
WHERE i.indrelid = 'access_log'::regclass GROUP BY 1 ORDER BY 1;
SQL
  printf '\n'

  printf '#### Queries (as the service role; each a page of 50, newest first, as `AccessLogRepository` orders)\n\n'
  timed "$db" "One person's latest page, the heaviest person" \
    "SELECT * FROM access_log WHERE person_ref = '$heavy' ORDER BY at DESC, id DESC LIMIT 50"
  timed "$db" "One person's latest page, a typical person" \
    "SELECT * FROM access_log WHERE person_ref = '$typical' ORDER BY at DESC, id DESC LIMIT 50"
  timed "$db" "One person in a time range (three months), the heaviest person" \
    "SELECT * FROM access_log WHERE person_ref = '$heavy' AND at >= '$prev3' AND at < '$next_month' ORDER BY at DESC, id DESC LIMIT 50"
  timed "$db" "One person's second page in a time range (three months), the heaviest person" \
    "SELECT * FROM access_log WHERE person_ref = '$heavy' AND at >= '$prev3' AND at < '$next_month' ORDER BY at DESC, id DESC LIMIT 50 OFFSET 50"
  prepared "$db" "One person in a time range, the heaviest person, as a prepared statement (generic plan)" \
    "text, timestamptz, timestamptz" \
    "SELECT * FROM access_log WHERE person_ref = \$1 AND at >= \$2 AND at < \$3 ORDER BY at DESC, id DESC LIMIT 50" \
    "'$heavy', '$prev3', '$next_month'"
  timed "$db" "An organisation's accesses to one person (the auditor's query today: actor_org and person_ref)" \
    "SELECT * FROM access_log WHERE actor_org = '$org' AND person_ref = '$heavy' ORDER BY at DESC, id DESC LIMIT 50"
  timed "$db" "An organisation's month, first page" \
    "SELECT * FROM access_log WHERE actor_org = '$org' AND at >= '$last_month' AND at < '$next_month' ORDER BY at DESC, id DESC LIMIT 50"
  timed "$db" "An organisation's month, counted (the page's total)" \
    "SELECT count(*) FROM access_log WHERE actor_org = '$org' AND at >= '$last_month' AND at < '$next_month'"
  timed "$db" "An organisation's whole log, counted (the total of today's unbounded list)" \
    "SELECT count(*) FROM access_log WHERE actor_org = '$org'"

  # The hot path: one row as the service writes it, into the newest filled month (a partition of a full month's rows
  # and indexes, as at the end of a month in production; the current month's partition is still empty here).
  printf '#### An insert (the hot path)\n\n'
  local insert_plan
  insert_plan="$(psql_as "$RUNTIME" "$db" -At <<SQL
BEGIN;
EXPLAIN (ANALYZE, BUFFERS) INSERT INTO access_log (id, at, actor_sub, actor_org, actor_org_type, action, resource_type,
    resource_id, person_ref, outcome)
  VALUES (gen_random_uuid(), '$last_month'::timestamptz + interval '29 days 23 hours', 'SE2321000016-ABC123', '$org',
          'MUNICIPALITY', 'READ', 'plan', gen_random_uuid()::text, '$typical', 'PERMITTED');
ROLLBACK;
SQL
)"
  printf '%s\n' "$insert_plan" | fence
  cat >"$TMP/insert.sql" <<SQL
\set p random(0, $PERSONS - 1)
\set s random(0, 2419199)
INSERT INTO access_log (id, at, actor_sub, actor_org, actor_org_type, action, resource_type, resource_id, person_ref, outcome)
  VALUES (gen_random_uuid(), '$last_month'::timestamptz + :s * interval '1 second', 'SE2321000016-ABC123', '$org', 'MUNICIPALITY', 'READ', 'plan',
          gen_random_uuid()::text, encode(sha256(convert_to('person-' || :p, 'UTF8')), 'hex'), 'PERMITTED');
SQL
  local bench
  bench="$(PGOPTIONS="-c role=$RUNTIME -c search_path=$SCHEMA" "$PG_BIN/pgbench" -n -M prepared -c 4 -j 2 -T 20 \
    -f "$TMP/insert.sql" "$db" 2>&1 | grep -E 'number of transactions actually|latency average|latency stddev|^tps' || true)"
  printf 'pgbench, 4 clients for 20 s, one row per transaction (committed, fsync on), a random person and time in the newest filled month:\n\n'
  printf '%s\n' "$bench" | fence

  if [[ "$layout" == migrations ]]; then
    printf '#### Retention: the oldest month goes\n\n'
    local oldest t0 out
    oldest="$(psql_as "$OWNER" "$db" -At -c "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'access_log'::regclass AND c.relname <> 'access_log_default' ORDER BY c.relname LIMIT 1")"
    out="$(psql_as "$RUNTIME" "$db" -c "ALTER TABLE access_log DETACH PARTITION $oldest" 2>&1 || true)"
    printf 'The service role tries `ALTER TABLE access_log DETACH PARTITION %s`: %s\n\n' "$oldest" "$(tr '\n' ' ' <<<"$out")"
    out="$(psql_as "$RUNTIME" "$db" -c "DELETE FROM $oldest WHERE at < now()" 2>&1 || true)"
    printf 'and `DELETE FROM %s`: %s\n\n' "$oldest" "$(tr '\n' ' ' <<<"$out")"
    t0=$(date +%s%N)
    psql_as "$OWNER" "$db" -c "ALTER TABLE access_log DETACH PARTITION $oldest" -c "DROP TABLE $oldest"
    printf 'The owner: `ALTER TABLE access_log DETACH PARTITION %s; DROP TABLE %s;` took %s ms.\n\n' \
      "$oldest" "$oldest" "$(ms_since "$t0")"
  fi
  if [[ "${SCALE_KEEP:-0}" == 1 ]]; then
    progress "$layout: done, database $db kept"
  else
    psql_su -d postgres -c "DROP DATABASE $db" >/dev/null
    progress "$layout: done, database dropped"
  fi
}

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
printf '## Access log\n\n'
for layout in $LAYOUTS; do
  case "$layout" in
    migrations | plain) run_layout "$layout" ;;
    *) echo "unknown layout: $layout" >&2; exit 2 ;;
  esac
done
