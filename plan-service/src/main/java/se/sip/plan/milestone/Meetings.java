package se.sip.plan.milestone;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import se.sip.plan.meeting.PlanMeeting;

/**
 * A plan's meetings as the time rules ask about them: which were held, or booked, when. Types are meeting-service's
 * names.
 */
final class Meetings {

    /** A planning meeting with the individual; never an officials' meeting (OFFICIALS) nor a START_UP. */
    static final Set<String> PLANNING = Set.of("SIP", "COLLABORATION", "FOLLOW_UP");
    /** Seeds 000 and 001: a follow-up is a FOLLOW_UP or SIP meeting. */
    static final Set<String> FOLLOW_UP_OR_SIP = Set.of("FOLLOW_UP", "SIP");
    static final Set<String> FOLLOW_UP = Set.of("FOLLOW_UP");
    static final Set<String> START_UP = Set.of("START_UP");
    static final String OFFICIALS = "OFFICIALS";

    private final List<PlanMeeting> all;

    Meetings(List<PlanMeeting> all) {
        this.all = all;
    }

    List<PlanMeeting> all() {
        return all;
    }

    /** The first meeting of the types held from {@code from} to {@code to}. */
    Optional<PlanMeeting> firstHeld(Set<String> types, LocalDate from, LocalDate to) {
        return held(types).filter(m -> !heldOn(m).isBefore(from) && !heldOn(m).isAfter(to)).findFirst();
    }

    /** The first meeting of the types held after {@code after}. */
    Optional<PlanMeeting> firstHeldAfter(Set<String> types, LocalDate after) {
        return held(types).filter(m -> heldOn(m).isAfter(after)).findFirst();
    }

    /** The first meeting of the types ever held. */
    Optional<PlanMeeting> firstHeld(Set<String> types) {
        return held(types).findFirst();
    }

    /**
     * The meeting of the types, not cancelled, taking place from {@code from} to {@code to} (held or still to be
     * held) that was booked first, if it was booked by {@code bookedBy}.
     */
    Optional<PlanMeeting> firstBooked(Set<String> types, LocalDate from, LocalDate to, LocalDate bookedBy) {
        return all.stream()
                .filter(m -> !PlanMeeting.CANCELLED.equals(m.status()) && types.contains(m.type()))
                .filter(m -> heldOn(m) != null && !heldOn(m).isBefore(from) && !heldOn(m).isAfter(to))
                .filter(m -> !bookedOn(m).isAfter(bookedBy))
                .min(Comparator.comparing(Meetings::bookedOn));
    }

    /**
     * A held meeting booked the next follow-up when a FOLLOW_UP or SIP meeting of the plan starting after it was booked
     * by the last day: the day held, or the day booked if later. A date the minutes name is no booking.
     */
    LocalDate nextBooked(PlanMeeting held, LocalDate heldOn, LocalDate bookBy) {
        return all.stream()
                .filter(m -> m != held && !PlanMeeting.CANCELLED.equals(m.status())
                        && FOLLOW_UP_OR_SIP.contains(m.type()))
                .filter(m -> m.startsAt() != null && held.startsAt() != null && m.startsAt().isAfter(held.startsAt()))
                .map(m -> m.bookedAt() == null ? heldOn : Days.of(m.bookedAt()))
                .map(booked -> booked.isBefore(heldOn) ? heldOn : booked)
                .filter(booked -> !booked.isAfter(bookBy))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private Stream<PlanMeeting> held(Set<String> types) {
        return all.stream()
                .filter(m -> m.isHeld() && heldOn(m) != null && types.contains(m.type()))
                .sorted(Comparator.comparing(Meetings::heldOn));
    }

    /** The day held; until the held event tells it, the day it was to start (minutes may come first). */
    static LocalDate heldOn(PlanMeeting m) {
        return Days.of(m.heldAt() != null ? m.heldAt() : m.startsAt());
    }

    /** The day first booked; the meeting's own day when only its held event came. */
    static LocalDate bookedOn(PlanMeeting m) {
        return m.bookedAt() != null ? Days.of(m.bookedAt()) : heldOn(m);
    }
}
