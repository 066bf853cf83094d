-- The plan schema starts empty: its tables arrive with the plan features, each in a migration of its own.
SELECT 1;
