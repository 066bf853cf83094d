package se.sip.plan.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.plan.meeting.MeetingProjection;
import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.ActionStatus;
import se.sip.plan.plan.Intervention;
import se.sip.plan.plan.PlanAction;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanService;
import se.sip.platform.consent.ConsentTermsClient;
import se.sip.platform.security.Caller;
import se.sip.platform.time.ClockProducer;

/**
 * Builds the individual's schedule from the plan's actions and the meetings meeting-service has told about: the
 * booked (SCHEDULED, future or past) and held meetings the individual is invited to (never an officials' meeting),
 * with where they are and which organisations come, and every action not cancelled, in the order they begin. Names
 * are the plan's at read time: events carry organisation ids only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ScheduleService {

    static final String INDIVIDUAL_NAME = "Du själv";
    private static final String OFFICIALS = "OFFICIALS";

    private final PlanService plans;
    private final MeetingProjection meetings;
    private final ConsentTermsClient consentTerms;
    private final Clock clock;

    ScheduleService(PlanService plans, MeetingProjection meetings, ConsentTermsClient consentTerms, Clock clock) {
        this.plans = plans;
        this.meetings = meetings;
        this.consentTerms = consentTerms;
        this.clock = clock;
    }

    /** 404 unless the caller may see the plan; the read is logged as a read of the plan. */
    Schedule of(Caller caller, UUID planId) {
        PlanDetails plan = plans.read(caller, planId);
        List<ScheduleItem> items = new ArrayList<>();
        for (PlanMeeting m : meetings.ofPlan(plan.id())) {
            if (m.startsAt() != null && !PlanMeeting.CANCELLED.equals(m.status()) && individualsOwn(m)) {
                items.add(meeting(plan, m));
            }
        }
        for (PlanAction a : plan.actions()) {
            if (a.status() != ActionStatus.CANCELLED) {
                items.add(action(plan, a));
            }
        }
        items.sort(Comparator.comparing(ScheduleService::begins).thenComparing(ScheduleItem::uid));
        List<Schedule.Contact> contacts = plan.parties().stream()
                .map(p -> new Schedule.Contact(p.name(), p.contact())).toList();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ScheduleItem> past = new ArrayList<>(items.stream().filter(i -> i.isPast(now, today)).toList());
        Collections.reverse(past);
        return new Schedule(plan.id(), plan.leadName(), contacts, List.copyOf(items),
                items.stream().filter(i -> !i.isPast(now, today)).toList(), past, now,
                plan.consentId() == null ? null : consentTerms.terms(plan.consentId()));
    }

    /**
     * The individual's own meetings: an officials' meeting never, and one the events say the individual is not invited
     * to neither (a meeting told before the events said stays, as before).
     */
    private static boolean individualsOwn(PlanMeeting m) {
        return !OFFICIALS.equals(m.type()) && !Boolean.FALSE.equals(m.individualInvited());
    }

    private static ScheduleItem meeting(PlanDetails plan, PlanMeeting m) {
        OffsetDateTime starts = m.startsAt().atZone(ClockProducer.SWEDEN).toOffsetDateTime();
        OffsetDateTime ends = m.durationMinutes() == null ? null : starts.plusMinutes(m.durationMinutes())
                .atZoneSameInstant(ClockProducer.SWEDEN).toOffsetDateTime();
        return new ScheduleItem("meeting-" + m.meetingId() + "@sip", ScheduleItem.ItemKind.MEETING,
                SwedishText.meetingType(m.type()), starts, ends, null, null, m.status(), m.type(), m.format(),
                m.meetingId(), null, null, null, null, m.location(), m.videoLink(),
                m.inviteeOrgIds().stream().map(org -> partyName(plan, org)).toList());
    }

    private static ScheduleItem action(PlanDetails plan, PlanAction a) {
        String title = a.intervention() == Intervention.OTHER && a.interventionText() != null ? a.interventionText()
                : SwedishText.intervention(a.intervention());
        return new ScheduleItem("action-" + a.id() + "@sip", ScheduleItem.ItemKind.ACTION, title, null, null,
                a.startOn(), a.dueOn(), a.status().name(), null, null, null, a.id(), a.description(),
                a.responsibleOrgId(), responsibleName(plan, a.responsibleOrgId()), null, null, null);
    }

    private static String responsibleName(PlanDetails plan, String orgId) {
        return PlanAction.INDIVIDUAL.equals(orgId) ? INDIVIDUAL_NAME : partyName(plan, orgId);
    }

    /** The name the plan gives the organisation; its id when it is no party (any more). */
    private static String partyName(PlanDetails plan, String orgId) {
        return plan.parties().stream().filter(p -> p.orgId().equals(orgId)).map(p -> p.name()).findFirst()
                .orElse(orgId);
    }

    /** Where an item falls in time: a meeting at its start, an action at the beginning of its first day. */
    private static LocalDateTime begins(ScheduleItem item) {
        if (item.isMeeting()) {
            return item.startsAt().atZoneSameInstant(ClockProducer.SWEDEN).toLocalDateTime();
        }
        return (item.startOn() != null ? item.startOn() : item.dueOn()).atStartOfDay();
    }
}
