package se.sip.plan.measure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.plan.plan.RefusedBy;

@Schema(name = "YouthRefusalRequest", description = "An early ending asked for in a youth assignment (seed 004)")
record YouthRefusalRequest(
        @NotNull @Schema(description = "The day it was made known: not before the order, not in the future",
                example = "2027-03-02") LocalDate on,
        @NotNull RefusedBy refusedBy,
        @NotBlank @Size(max = 4000) @Schema(description = "What was said, and by whom",
                example = "Vårdnadshavaren Per Berg vill avsluta insatsen och kommer inte till träffarna.") String note) {
}
