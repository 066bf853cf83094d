package se.sip.plan.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.platform.consent.ConsentTerms;

/**
 * The individual's written schedule (skriftligt underlag): the meetings the individual is invited to and every
 * party's actions, in time order, and the same split into what is coming and what is behind.
 */
@Schema(name = "Schedule", description = "Den enskildes skriftliga underlag med inbokade tider och aktiviteter")
record Schedule(
        UUID planId,
        @Schema(description = "Who coordinates the plan (huvudansvarig)") String leadName,
        @Schema(description = "The parties and how to reach them") List<Contact> contacts,
        @Schema(description = "Every item, in time order") List<ScheduleItem> items,
        @Schema(description = "What is still to come, first to come first") List<ScheduleItem> upcoming,
        @Schema(description = "What is behind (held meetings, done or passed actions), latest first")
        List<ScheduleItem> past,
        Instant generatedAt,
        @Schema(description = "The consent (samtycke) the plan rests on: its last valid day and restrictions, read from"
                + " consent-service now; `available` false (\"inte tillgängligt\") when it did not answer within 2 s")
        ConsentTerms consent) {

    @Schema(name = "ScheduleContact")
    record Contact(String name, String contact) {
    }
}
