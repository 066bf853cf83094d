package se.sip.plan.measure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContinuationDecisionRequest", description = "The social worker's decision whether the intervention"
        + " goes on without the parents' consent (seed 004)")
record ContinuationDecisionRequest(
        @NotNull @Schema(description = "The day of the decision: not before the order, not in the future",
                example = "2027-03-09") LocalDate on,
        @NotBlank @Size(max = 200) @Schema(description = "Who decided (name, role)",
                example = "Eva Lind, socialsekreterare") String decidedBy,
        @NotNull @Schema(description = "true: the intervention goes on without the parents' consent (only for a youth"
                + " over 15); false: it does not, and the plan is closed", example = "true") Boolean continues,
        @NotBlank @Size(max = 4000) @Schema(description = "Why",
                example = "Ungdomen är 16 år, vill fortsätta och insatsen bedöms behövas.") String reasons) {
}
