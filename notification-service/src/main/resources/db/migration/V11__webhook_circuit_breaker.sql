-- The circuit breaker of each subscription: its attempts that failed in a row since the last 2xx, and, once they reach
-- sip.webhooks.breaker.failures, until when none of its deliveries is attempted (they stay PENDING, their attempt
-- count untouched); after that one trial delivery closes it again (a 2xx) or opens it for another cool-down.
ALTER TABLE webhook_subscription ADD COLUMN consecutive_failures integer NOT NULL DEFAULT 0;
ALTER TABLE webhook_subscription ADD COLUMN circuit_open_until timestamptz;
