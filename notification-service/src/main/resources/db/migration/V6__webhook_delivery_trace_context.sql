-- The W3C trace context of the event's handling that created the delivery, so that every attempt's POST (and its
-- span) belongs to the trace of the request that published the event. Null when tracing is off.
ALTER TABLE webhook_delivery ADD COLUMN traceparent varchar(55);
ALTER TABLE webhook_delivery ADD COLUMN tracestate varchar(512);
