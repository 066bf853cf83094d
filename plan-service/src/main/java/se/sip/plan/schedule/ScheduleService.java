package se.sip.plan.schedule;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * Builds the individual's schedule from the plan's actions and the meetings meeting-service has told about: booked
 * (SCHEDULED, future or past) and held meetings, and every action not cancelled, in the order they begin.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ScheduleService {

    static final String INDIVIDUAL_NAME = "Du själv";

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
            if (m.startsAt() != null && !PlanMeeting.CANCELLED.equals(m.status())) {
                items.add(meeting(m));
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
        return new Schedule(plan.id(), plan.leadName(), contacts, items, clock.instant(),
                plan.consentId() == null ? null : consentTerms.terms(plan.consentId()));
    }

    private static ScheduleItem meeting(PlanMeeting m) {
        OffsetDateTime starts = m.startsAt().atZone(ClockProducer.SWEDEN).toOffsetDateTime();
        OffsetDateTime ends = m.durationMinutes() == null ? null : starts.plusMinutes(m.durationMinutes())
                .atZoneSameInstant(ClockProducer.SWEDEN).toOffsetDateTime();
        return new ScheduleItem("meeting-" + m.meetingId() + "@sip", ScheduleItem.ItemKind.MEETING,
                SwedishText.meetingType(m.type()), starts, ends, null, null, m.status(), m.type(), m.format(),
                m.meetingId(), null, null, null, null);
    }

    private static ScheduleItem action(PlanDetails plan, PlanAction a) {
        String title = a.intervention() == Intervention.OTHER && a.interventionText() != null ? a.interventionText()
                : SwedishText.intervention(a.intervention());
        return new ScheduleItem("action-" + a.id() + "@sip", ScheduleItem.ItemKind.ACTION, title, null, null,
                a.startOn(), a.dueOn(), a.status().name(), null, null, null, a.id(), a.description(),
                a.responsibleOrgId(), responsibleName(plan, a.responsibleOrgId()));
    }

    private static String responsibleName(PlanDetails plan, String orgId) {
        if (PlanAction.INDIVIDUAL.equals(orgId)) {
            return INDIVIDUAL_NAME;
        }
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
