package se.sip.fhir.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

import com.fasterxml.jackson.databind.JsonNode;

/** The services' JSON dates and times as FHIR's: a day stays a day, an instant keeps its seconds, in Sweden's zone. */
public final class Dates {

    private static final TimeZone SWEDEN = TimeZone.getTimeZone("Europe/Stockholm");

    private Dates() {
    }

    /** A {@code 2026-11-23} member as a FHIR date, or null when absent. */
    public static DateType day(JsonNode member) {
        return text(member) == null ? null : new DateType(text(member));
    }

    /** A day as a dateTime of day precision (a Period's start or end), or null when absent. */
    public static DateTimeType dayTime(JsonNode member) {
        return text(member) == null ? null : new DateTimeType(LocalDate.parse(text(member)).toString());
    }

    /** An instant or offset time as a dateTime to the second, or null when absent. */
    public static DateTimeType time(JsonNode member) {
        Date date = date(member);
        return date == null ? null : new DateTimeType(date, TemporalPrecisionEnum.SECOND, SWEDEN);
    }

    public static Date date(JsonNode member) {
        String text = text(member);
        return text == null ? null : Date.from(OffsetDateTime.parse(text).toInstant());
    }

    public static Date plusMinutes(Date start, long minutes) {
        return Date.from(Instant.ofEpochMilli(start.getTime()).plusSeconds(minutes * 60));
    }

    private static String text(JsonNode member) {
        return member == null || member.isMissingNode() || member.isNull() || member.asText().isBlank() ? null
                : member.asText();
    }
}
