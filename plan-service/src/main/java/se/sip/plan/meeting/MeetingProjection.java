package se.sip.plan.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.events.CloudEvent;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MeetingEventData;
import se.sip.platform.events.MeetingHeldData;
import se.sip.platform.events.MinutesEventData;
import se.sip.platform.inbox.ProcessedEvents;

/**
 * The plan's meetings, fed from {@code sip.meeting.v1}; each event is applied once, and late events do not undo
 * newer ones: a booking or a move applies only with a SEQUENCE at least the stored one, a HELD or CANCELLED meeting
 * never returns to SCHEDULED, and minutes apply only for a newer revision (or the approval of the same one).
 */
@ApplicationScoped
public class MeetingProjection {

    static final String CONSUMER = "meeting-projection";

    private final EntityManager em;
    private final ProcessedEvents processed;
    private final ObjectMapper json;

    MeetingProjection(EntityManager em, ProcessedEvents processed, ObjectMapper json) {
        this.em = em;
        this.processed = processed;
        this.json = json;
    }

    /** Applies a meeting event; false if it was applied before. Answers (invitee responses) are not kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CloudEvent event) {
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            return false;
        }
        UUID planId = switch (event.type()) {
            case EventTypes.MEETING_SCHEDULED, EventTypes.MEETING_RESCHEDULED ->
                    booked(json.convertValue(event.data(), MeetingEventData.class), event.time());
            case EventTypes.MEETING_CANCELLED -> cancelled(json.convertValue(event.data(), MeetingEventData.class));
            case EventTypes.MEETING_HELD -> held(json.convertValue(event.data(), MeetingHeldData.class));
            case EventTypes.MINUTES_SUBMITTED, EventTypes.MINUTES_APPROVED ->
                    minutes(json.convertValue(event.data(), MinutesEventData.class));
            // Answers and types added later change nothing the plan keeps.
            default -> null;
        };
        if (planId != null) {
            checkMilestonesAgain(planId);
        }
        return true;
    }

    /**
     * The plan's milestones hang on its meetings, so the milestone scan reads the plan again at its next round
     * ({@code milestone_check_on} a day long past), in the transaction that changed the meetings.
     */
    private void checkMilestonesAgain(UUID planId) {
        em.createNativeQuery("update plan set milestone_check_on = :atOnce where id = :plan")
                .setParameter("atOnce", LocalDate.EPOCH)
                .setParameter("plan", planId)
                .executeUpdate();
    }

    /** The plan's meetings, in the order they start (those whose start is not known yet last). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanMeeting> ofPlan(UUID planId) {
        // One query for the meetings and their invited organisations, not one more per meeting.
        return em.createQuery("select distinct m from MeetingRow m left join fetch m.inviteeOrgIds"
                + " where m.planId = :plan order by m.startsAt nulls last, m.meetingId", MeetingRow.class)
                .setParameter("plan", planId).getResultList().stream().map(PlanMeeting::of).toList();
    }

    private UUID booked(MeetingEventData d, OffsetDateTime bookedAt) {
        int applied = em.createNativeQuery("""
                insert into plan_meeting (meeting_id, plan_id, type, status, starts_at, duration_minutes, format,
                                          sequence, booked_at, location, video_link, individual_invited)
                values (:id, :plan, :type, :status, :startsAt, :duration, :format, :sequence, :bookedAt, :location,
                        :videoLink, :individual)
                on conflict (meeting_id) do update set
                    type = excluded.type,
                    location = excluded.location,
                    video_link = excluded.video_link,
                    individual_invited = excluded.individual_invited,
                    starts_at = excluded.starts_at,
                    duration_minutes = excluded.duration_minutes,
                    format = excluded.format,
                    sequence = excluded.sequence,
                    booked_at = least(coalesce(plan_meeting.booked_at, excluded.booked_at), excluded.booked_at),
                    status = case when plan_meeting.status = 'SCHEDULED' then excluded.status
                                  else plan_meeting.status end
                where plan_meeting.sequence is null or plan_meeting.sequence <= excluded.sequence""")
                .setParameter("id", d.meetingId())
                .setParameter("plan", d.planId())
                .setParameter("type", d.type())
                .setParameter("status", PlanMeeting.SCHEDULED)
                .setParameter("duration", d.durationMinutes())
                .setParameter("format", d.format())
                .setParameter("sequence", d.sequence())
                .unwrap(NativeQuery.class)
                .setParameter("startsAt", d.startsAt(), OffsetDateTime.class)
                .setParameter("bookedAt", bookedAt, OffsetDateTime.class)
                .setParameter("location", d.location(), String.class)
                .setParameter("videoLink", d.videoLink(), String.class)
                .setParameter("individual", d.inviteeKinds() == null ? null : d.individualInvited(), Boolean.class)
                .executeUpdate();
        if (applied == 1 && d.inviteeOrgIds() != null) {
            replaceOrgs("plan_meeting_org", d.meetingId(), d.inviteeOrgIds());
        }
        return d.planId();
    }

    /** A cancellation ends the meeting whatever its order among the moves; only a held meeting stays held. */
    private UUID cancelled(MeetingEventData d) {
        em.createNativeQuery("""
                insert into plan_meeting (meeting_id, plan_id, type, status, starts_at, duration_minutes, format,
                                          sequence)
                values (:id, :plan, :type, :status, :startsAt, :duration, :format, :sequence)
                on conflict (meeting_id) do update set
                    status = case when plan_meeting.status = 'HELD' then plan_meeting.status else excluded.status end,
                    sequence = greatest(plan_meeting.sequence, excluded.sequence)""")
                .setParameter("id", d.meetingId())
                .setParameter("plan", d.planId())
                .setParameter("type", d.type())
                .setParameter("status", PlanMeeting.CANCELLED)
                .setParameter("duration", d.durationMinutes())
                .setParameter("format", d.format())
                .setParameter("sequence", d.sequence())
                .unwrap(NativeQuery.class)
                .setParameter("startsAt", d.startsAt(), OffsetDateTime.class)
                .executeUpdate();
        return d.planId();
    }

    private UUID held(MeetingHeldData d) {
        em.createNativeQuery("""
                insert into plan_meeting (meeting_id, plan_id, type, status, starts_at, held_at, next_follow_up_on)
                values (:id, :plan, :type, :status, :startsAt, :heldAt, :next)
                on conflict (meeting_id) do update set
                    status = excluded.status,
                    held_at = excluded.held_at,
                    type = coalesce(plan_meeting.type, excluded.type),
                    starts_at = coalesce(plan_meeting.starts_at, excluded.starts_at),
                    next_follow_up_on = coalesce(excluded.next_follow_up_on, plan_meeting.next_follow_up_on)""")
                .setParameter("id", d.meetingId())
                .setParameter("plan", d.planId())
                .setParameter("type", d.type())
                .setParameter("status", PlanMeeting.HELD)
                .unwrap(NativeQuery.class)
                .setParameter("startsAt", d.startsAt(), OffsetDateTime.class)
                .setParameter("heldAt", d.heldAt(), OffsetDateTime.class)
                .setParameter("next", d.nextFollowUpOn(), LocalDate.class)
                .executeUpdate();
        return d.planId();
    }

    /**
     * Minutes prove the meeting took place, so minutes of a meeting not known yet make it HELD (its held time
     * follows with its held event). A known meeting keeps its status: the held event says when it was held.
     */
    private UUID minutes(MinutesEventData d) {
        int applied = em.createNativeQuery("""
                insert into plan_meeting (meeting_id, plan_id, type, status, starts_at, minutes_revision,
                                          minutes_submitted_at, minutes_approved_at, next_follow_up_on)
                values (:id, :plan, :type, :status, :startsAt, :revision, :submittedAt, :approvedAt, :next)
                on conflict (meeting_id) do update set
                    minutes_revision = excluded.minutes_revision,
                    minutes_submitted_at = excluded.minutes_submitted_at,
                    minutes_approved_at = excluded.minutes_approved_at,
                    next_follow_up_on = coalesce(excluded.next_follow_up_on, plan_meeting.next_follow_up_on)
                where plan_meeting.minutes_revision is null
                   or plan_meeting.minutes_revision < excluded.minutes_revision
                   or (plan_meeting.minutes_revision = excluded.minutes_revision
                       and excluded.minutes_approved_at is not null)""")
                .setParameter("id", d.meetingId())
                .setParameter("plan", d.planId())
                .setParameter("type", d.meetingType())
                .setParameter("status", PlanMeeting.HELD)
                .setParameter("revision", d.revision())
                .unwrap(NativeQuery.class)
                .setParameter("startsAt", d.meetingStartsAt(), OffsetDateTime.class)
                .setParameter("submittedAt", d.submittedAt(), OffsetDateTime.class)
                .setParameter("approvedAt", d.approvedAt(), OffsetDateTime.class)
                .setParameter("next", d.nextFollowUpOn(), LocalDate.class)
                .executeUpdate();
        if (applied == 1 && d.adjusterOrgIds() != null) {
            replaceOrgs("plan_meeting_adjuster", d.meetingId(), d.adjusterOrgIds());
        }
        return d.planId();
    }

    /** The meeting's organisations of one kind (invited, adjusting), as the latest event applied names them. */
    private void replaceOrgs(String table, UUID meetingId, List<String> orgIds) {
        em.createNativeQuery("delete from " + table + " where meeting_id = :id")
                .setParameter("id", meetingId).executeUpdate();
        orgIds.stream().distinct().forEach(org -> em.createNativeQuery(
                "insert into " + table + " (meeting_id, org_id) values (:id, :org)")
                .setParameter("id", meetingId).setParameter("org", org).executeUpdate());
    }

    /** The plan's meetings whose submitted minutes still wait for an adjuster of {@code orgId} to approve them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> awaitingAdjustmentBy(UUID planId, String orgId) {
        return em.createNativeQuery("""
                select m.meeting_id from plan_meeting m join plan_meeting_adjuster a on a.meeting_id = m.meeting_id
                where m.plan_id = :plan and a.org_id = :org
                  and m.minutes_submitted_at is not null and m.minutes_approved_at is null
                order by m.meeting_id""", UUID.class)
                .setParameter("plan", planId).setParameter("org", orgId).getResultList();
    }
}
