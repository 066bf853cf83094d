-- The meeting schema starts empty: its tables arrive with the meeting features, each in a migration of its own.
SELECT 1;
