package se.sip.notification.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionRequest", description = "Where to send which events")
record SubscriptionRequest(
        @Schema(description = "https URL on a public address", example = "https://journal.kommun.example.se/sip/webhooks")
        @NotBlank @Size(max = 2000) String callbackUrl,
        @Schema(description = "CloudEvent types to receive, among those that notify an organisation:"
                + " se.sip.consent.withdrawn.v1, se.sip.consent.expired.v1, se.sip.consent.expiring.v1,"
                + " se.sip.meeting.scheduled.v1, se.sip.meeting.rescheduled.v1, se.sip.meeting.cancelled.v1,"
                + " se.sip.meeting.answered.v1, se.sip.meeting.minutes-submitted.v1,"
                + " se.sip.meeting.minutes-answer-due.v1, se.sip.meeting.minutes-returned.v1,"
                + " se.sip.plan.created.v1, se.sip.plan.closed.v1,"
                + " se.sip.plan.placement-changed.v1, se.sip.plan.deviation-reported.v1,"
                + " se.sip.plan.version-agreed.v1, se.sip.plan.consent-replaced.v1,"
                + " se.sip.plan.party-access-ended.v1, se.sip.plan.party-added.v1, se.sip.plan.party-removed.v1,"
                + " se.sip.plan.lead-changed.v1, se.sip.plan.changed.v1, se.sip.plan.follow-up-due.v1,"
                + " se.sip.plan.milestone-overdue.v1, se.sip.plan.youth-order-declined.v1. se.sip.plan.changed.v1 (any other change of a plan's content,"
                + " naming the parts that changed) reaches webhooks only, never the inbox.",
                example = "[\"se.sip.meeting.scheduled.v1\", \"se.sip.plan.placement-changed.v1\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> eventTypes) {
}
