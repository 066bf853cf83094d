package se.sip.plan.schedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.sip.platform.consent.ConsentTerms;

/** The individual's written schedule (skriftligt underlag): every booked item of every party, in time order. */
@Schema(name = "Schedule", description = "Den enskildes skriftliga underlag med inbokade tider och aktiviteter")
record Schedule(
        UUID planId,
        @Schema(description = "Who coordinates the plan (huvudansvarig)") String leadName,
        @Schema(description = "The parties and how to reach them") List<Contact> contacts,
        List<ScheduleItem> items,
        Instant generatedAt,
        @Schema(description = "The consent (samtycke) the plan rests on: its last valid day and restrictions, read from"
                + " consent-service now; `available` false (\"inte tillgängligt\") when it did not answer within 2 s")
        ConsentTerms consent) {

    @Schema(name = "ScheduleContact")
    record Contact(String name, String contact) {
    }
}
