-- The W3C trace context of the event's handling that created the delivery, so that every attempt's POST (and its
-- span) belongs to the trace of the request that published the event. Null when tracing is off. Text: tracestate has
-- no fixed bound, and a delivery must never fail for a long one.
ALTER TABLE webhook_delivery ADD COLUMN traceparent text;
ALTER TABLE webhook_delivery ADD COLUMN tracestate text;
