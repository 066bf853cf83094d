package se.sip.plan.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "WILL_EXECUTE resursenheten verkställer beställningen · WILL_NOT_EXECUTE resursenheten verkställer"
        + " inte beställningen (skriftlig information om anledningen lämnas, seed 004)")
public enum ContactOutcome {
    WILL_EXECUTE,
    WILL_NOT_EXECUTE
}
