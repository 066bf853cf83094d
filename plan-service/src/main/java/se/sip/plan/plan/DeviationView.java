package se.sip.plan.plan;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


@Schema(name = "Deviation", description = "A deviation (avvikelse) from the plan")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviationView(UUID id, String description, String reportedByOrgId, UUID actionId, Instant reportedAt) {

    public static DeviationView of(Deviation d) {
        return new DeviationView(d.id(), d.description(), d.reportedByOrgId(), d.actionId(), d.reportedAt());
    }
}
