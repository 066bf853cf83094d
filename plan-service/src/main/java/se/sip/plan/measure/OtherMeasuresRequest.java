package se.sip.plan.measure;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.OtherMeasure;
import se.sip.plan.plan.PlanRequest;

@Schema(name = "OtherMeasuresRequest", description = "All of the plan's other measures: the list is replaced")
record OtherMeasuresRequest(
        @NotNull @Size(max = 50) @Schema(required = true)
        List<PlanRequest.@Valid @NotNull OtherMeasureDto> otherMeasures) {

    List<OtherMeasure> toMeasures() {
        return otherMeasures.stream().map(PlanRequest.OtherMeasureDto::toMeasure).toList();
    }
}
