-- The milestone scan reads only the plans whose check date has come (MilestoneScheduler): the first day on which a
-- scan could find anything new about the plan, written by each scan; null when nothing can come due until the plan or
-- its meetings change. Every such change sets it to a day long past, so the next scan reads the plan again. The plans
-- the scan read before this are all checked at its next round.
ALTER TABLE plan ADD COLUMN milestone_check_on date;
-- How many of the plan's milestones its last scan found overdue; sip_milestones_overdue is their sum.
ALTER TABLE plan ADD COLUMN milestones_overdue integer NOT NULL DEFAULT 0;
UPDATE plan SET milestone_check_on = DATE '1970-01-01'
WHERE status = 'ACTIVE' OR closed_at >= now() - interval '30 days';
CREATE INDEX plan_milestone_check_idx ON plan (milestone_check_on, id) WHERE milestone_check_on IS NOT NULL;
CREATE INDEX plan_milestones_overdue_idx ON plan (status, closed_at) INCLUDE (milestones_overdue)
    WHERE milestones_overdue > 0;

-- The product rules' lengths (sip.plan.discharge-planning-weeks, sip.plan.intervention-decision-days) the check dates
-- were reckoned with: a scheduler configured otherwise has every plan checked again before it trusts them.
CREATE TABLE milestone_scan_settings (
    id                          boolean PRIMARY KEY DEFAULT true CHECK (id),
    discharge_planning_weeks    integer NOT NULL,
    intervention_decision_days  integer NOT NULL
);
