#!/usr/bin/env bash
# The milestone scan at production volume. Creates the database sip_scale_milestones, applies plan-service's
# migrations as Flyway would (the platform's db/platform/V*.sql and plan-service's db/migration/V*.sql, one sequence in
# version order; afterMigrate.sql is left out: it only grants to a service role), fills the plan table with active and
# closed plans and the meeting projection with meetings, their check dates spread so that a share is due today, ANALYZEs,
# and prints EXPLAIN (ANALYZE, BUFFERS) and timings of a scan round's selection and of the overdue gauge's sum. Drops the
# database at the end unless --keep. Markdown on stdout, progress on stderr.
# Environment: PGHOST, PGPORT, PGUSER (a superuser), PG_BIN (the directory of PostgreSQL's binaries); optional:
#   SCALE_PLANS           active plans (default 500000)
#   SCALE_CLOSED_PLANS    closed plans, closed over the last three years (default 150000)
#   SCALE_MEETINGS        rows in plan_meeting (default 5000000)
#   SCALE_DUE_PER_MILLE   active plans whose check date has come, per mille (default 5: 0.5 %)
set -euo pipefail

KEEP=0
case "${1:-}" in
  --keep) KEEP=1 ;;
  '') ;;
  *) echo "usage: $0 [--keep]" >&2; exit 2 ;;
esac

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib/migrations.sh
source "$HERE/lib/migrations.sh"
ROOT="$(cd "$HERE/../../.." && pwd)"
: "${PGHOST:?}" "${PGPORT:?}" "${PGUSER:?}" "${PG_BIN:?}"
PLANS="${SCALE_PLANS:-500000}"
CLOSED="${SCALE_CLOSED_PLANS:-150000}"
MEETINGS="${SCALE_MEETINGS:-5000000}"
DUE="${SCALE_DUE_PER_MILLE:-5}"
DB=sip_scale_milestones
SCHEMA=plan
BATCH=500

progress() { printf '[milestones %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
psql_db() { PGOPTIONS="-c search_path=$SCHEMA" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
fence() { printf '```\n'; cat; printf '```\n\n'; }

# Both locations' migrations in Flyway's order: by version, numerically per part (0.8 before 1, 2 before 10).
migrations() {
  flyway_order "$ROOT"/platform/src/main/resources/db/platform/V*__*.sql \
    "$ROOT"/plan-service/src/main/resources/db/migration/V*__*.sql | cut -f2
}

cleanup() {
  if [[ "$KEEP" == 0 ]]; then
    progress "dropping $DB"
    "$PG_BIN/psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >&2 || true
  else
    progress "kept $DB (drop it with: $PG_BIN/psql -d postgres -c 'DROP DATABASE $DB')"
  fi
}

progress "creating $DB on $PGHOST:$PGPORT"
"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >&2
trap cleanup EXIT
psql_db -c "CREATE SCHEMA $SCHEMA" >&2
while read -r f; do
  progress "migration $(basename "$f")"
  psql_db -f "$f" >&2
done < <(migrations)

progress "generating $PLANS active and $CLOSED closed plans"
started=$SECONDS
# Active plans: DUE per mille with a check date that has come (a third of them changed since their last scan, at a
# day long past), 5 % with nothing left to check, the rest spread over the coming year. A fifth has milestones overdue.
# Closed plans: 2 % closed in the last 30 days (still scanned), the others long left the scan.
psql_db <<SQL >&2
INSERT INTO plan (id, person_id, person_ref, kind, status, lead_org_id, lead_name, lvm_started_on,
                  expected_discharge_on, horizon_months, individual_goal, needs, created_by_org, created_by_sub,
                  created_at, closed_at, closure_reason, version, milestone_check_on, milestones_overdue)
SELECT gen_random_uuid(),
       lpad((190000000000 + i)::text, 12, '0'),
       md5(i::text),
       (ARRAY['SIP', 'COLLABORATION', 'LVM_AFTERCARE', 'YOUTH_ASSIGNMENT'])[1 + i % 4],
       'ACTIVE',
       'kommun-' || lpad((i % 290)::text, 4, '0'), 'Kommunen',
       CASE WHEN i % 4 = 2 THEN current_date - (i % 300) END,
       CASE WHEN i % 4 = 2 THEN current_date + (i % 200) END,
       12, 'Ett eget boende', 'Boende och behandling', 'kommun-' || lpad((i % 290)::text, 4, '0'), 'cw-' || i % 4000,
       now() - (i % 700) * interval '1 day', NULL, NULL, i % 9,
       CASE WHEN i % 1000 < $DUE / 3.0 THEN DATE '1970-01-01'
            WHEN i % 1000 < $DUE THEN current_date - (i % 3)
            WHEN i % 1000 >= 950 THEN NULL
            ELSE current_date + 1 + (hashint4(i) & 2147483647) % 365 END,
       CASE WHEN i % 5 = 0 THEN 1 + i % 3 ELSE 0 END
FROM generate_series(1, $PLANS) i;

INSERT INTO plan (id, person_id, person_ref, kind, status, lead_org_id, lead_name, horizon_months, individual_goal,
                  needs, created_by_org, created_by_sub, created_at, closed_at, closure_reason, closed_by_org, version,
                  milestone_check_on, milestones_overdue)
SELECT gen_random_uuid(),
       lpad((200000000000 + i)::text, 12, '0'),
       md5('closed' || i),
       (ARRAY['SIP', 'COLLABORATION', 'LVM_AFTERCARE', 'YOUTH_ASSIGNMENT'])[1 + i % 4],
       'CLOSED',
       'kommun-' || lpad((i % 290)::text, 4, '0'), 'Kommunen', 12, 'Ett eget boende', 'Boende och behandling',
       'kommun-' || lpad((i % 290)::text, 4, '0'), 'cw-' || i % 4000,
       now() - interval '4 years' + (i % 365) * interval '1 day',
       CASE WHEN i % 50 = 0 THEN now() - (i % 30) * interval '1 day'
            ELSE now() - interval '31 days' - (i % 1050) * interval '1 day' END,
       'GOALS_MET', 'kommun-' || lpad((i % 290)::text, 4, '0'), i % 9,
       CASE WHEN i % 50 = 0 THEN current_date + 1 + i % 30 END,
       CASE WHEN i % 50 = 0 AND i % 4 = 3 THEN 1 ELSE 0 END
FROM generate_series(1, $CLOSED) i;
SQL
progress "plans generated in $((SECONDS - started)) s"

progress "generating $MEETINGS meetings"
started=$SECONDS
psql_db <<SQL >&2
CREATE TEMP TABLE ids AS SELECT row_number() OVER () AS n, id FROM plan;
CREATE UNIQUE INDEX ON ids (n);
INSERT INTO plan_meeting (meeting_id, plan_id, type, status, starts_at, duration_minutes, format, sequence, booked_at,
                          held_at, minutes_revision, minutes_submitted_at, minutes_approved_at)
SELECT gen_random_uuid(), ids.id,
       (ARRAY['SIP', 'FOLLOW_UP', 'COLLABORATION', 'OFFICIALS', 'START_UP'])[1 + k % 5],
       CASE WHEN k % 10 < 7 THEN 'HELD' WHEN k % 10 < 9 THEN 'SCHEDULED' ELSE 'CANCELLED' END,
       now() - (k % 700) * interval '1 day' + interval '30 days', 60, 'IN_PERSON', 0,
       now() - (k % 700) * interval '1 day',
       CASE WHEN k % 10 < 7 THEN now() - (k % 700) * interval '1 day' + interval '30 days 1 hour' END,
       CASE WHEN k % 10 < 6 THEN 1 END,
       CASE WHEN k % 10 < 6 THEN now() - (k % 700) * interval '1 day' + interval '32 days' END,
       CASE WHEN k % 10 < 5 THEN now() - (k % 700) * interval '1 day' + interval '40 days' END
FROM generate_series(1, $MEETINGS) k
JOIN ids ON ids.n = 1 + (hashint4(k) & 2147483647) % ($PLANS + $CLOSED);
SQL
progress "meetings generated in $((SECONDS - started)) s"

progress "ANALYZE"
psql_db -c "VACUUM ANALYZE plan" -c "ANALYZE plan_meeting" >&2

SELECTION="SELECT milestone_check_on, id FROM plan
WHERE milestone_check_on <= current_date AND (milestone_check_on, id) > (DATE '1969-12-31', '00000000-0000-0000-0000-000000000000'::uuid)
ORDER BY milestone_check_on, id LIMIT $BATCH"
GAUGE="SELECT coalesce(sum(milestones_overdue), 0) FROM plan
WHERE milestones_overdue > 0 AND (status = 'ACTIVE' OR closed_at >= now() - interval '30 days')"
BEFORE="SELECT id FROM plan WHERE status = 'ACTIVE' OR closed_at >= now() - interval '30 days' ORDER BY id"

echo "# The milestone scan at scale"
echo
psql_db -A -t -F ' ' <<SQL | fence
SELECT 'plans active', count(*) FILTER (WHERE status = 'ACTIVE'), 'closed', count(*) FILTER (WHERE status = 'CLOSED'),
       'due today', count(*) FILTER (WHERE milestone_check_on <= current_date),
       'with milestones overdue', count(*) FILTER (WHERE milestones_overdue > 0) FROM plan;
SELECT 'plan_meeting rows', count(*) FROM plan_meeting;
SELECT 'plan table', pg_size_pretty(pg_table_size('plan')), 'check-date index',
       pg_size_pretty(pg_relation_size('plan_milestone_check_idx')), 'overdue index',
       pg_size_pretty(pg_relation_size('plan_milestones_overdue_idx'));
SQL

echo "## A round's first selection (batch of $BATCH)"
psql_db -c "EXPLAIN (ANALYZE, BUFFERS) $SELECTION" | fence

echo "## The overdue gauge's sum"
psql_db -c "EXPLAIN (ANALYZE, BUFFERS) $GAUGE" | fence

echo "## A whole round's selections, paging on (check date, id) until none is due"
# The round as MilestoneScheduler.tick pages it, without the scans; timed server side (the NOTICE).
psql_db 2>&1 <<SQL | fence
DO \$\$
DECLARE
    after_on date := DATE '1969-12-31';
    after_id uuid := '00000000-0000-0000-0000-000000000000';
    batch record;
    rows_in_batch int;
    total int := 0;
    queries int := 0;
    t0 timestamptz := clock_timestamp();
BEGIN
    LOOP
        rows_in_batch := 0;
        FOR batch IN SELECT milestone_check_on, id FROM plan
                     WHERE milestone_check_on <= current_date AND (milestone_check_on, id) > (after_on, after_id)
                     ORDER BY milestone_check_on, id LIMIT $BATCH LOOP
            after_on := batch.milestone_check_on;
            after_id := batch.id;
            rows_in_batch := rows_in_batch + 1;
        END LOOP;
        queries := queries + 1;
        total := total + rows_in_batch;
        EXIT WHEN rows_in_batch = 0;
    END LOOP;
    RAISE NOTICE 'round: % plans due in % queries, % ms', total, queries,
        round(extract(epoch FROM clock_timestamp() - t0)::numeric * 1000, 1);
END
\$\$;
SQL

echo "## Timings (psql, client side, five runs each)"
{
  for q in SELECTION GAUGE; do
    echo "-- $q"
    for _ in 1 2 3 4 5; do
      psql_db -c '\timing on' -c "${!q}" -o /dev/null | grep -o 'Time: .*'
    done
  done
  echo "-- the list the scan read before: every active or recently closed plan"
  for _ in 1 2 3; do
    psql_db -c '\timing on' -c "$BEFORE" -o /dev/null | grep -o 'Time: .*'
  done
} | fence

echo "## One plan's meetings, as each scan reads them"
psql_db -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM plan_meeting
WHERE plan_id = (SELECT id FROM plan WHERE milestone_check_on <= current_date LIMIT 1)
ORDER BY starts_at NULLS LAST, meeting_id" | fence
progress "done"
