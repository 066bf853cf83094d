-- Agreed versions hold the person by personRef only (PlanSnapshot schemaVersion 2): the personal identity number is
-- taken from the plan when a version is shown or printed. Every stored snapshot loses its personId and becomes
-- schemaVersion 2, whichever shape it was stored in: the plan view itself (the first rows, with no schemaVersion key),
-- or schemaVersion 1. Every earlier version of the service stored a JSON object in this jsonb column (V10), with the
-- number as the top-level member personId only; `-` drops that member, `||` adds or replaces schemaVersion, and the
-- other members stay as they were. Rows already so are left alone, so running it again changes nothing.
UPDATE plan_agreed_version
   SET snapshot = (snapshot - 'personId') || '{"schemaVersion": 2}'::jsonb
 WHERE snapshot ? 'personId'
    OR snapshot -> 'schemaVersion' IS DISTINCT FROM '2'::jsonb;
