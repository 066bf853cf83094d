-- The notification schema starts empty: its tables arrive with the notification features, each in a migration of its own.
SELECT 1;
