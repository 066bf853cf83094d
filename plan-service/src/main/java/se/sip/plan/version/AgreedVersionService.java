package se.sip.plan.version;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.plan.meeting.MeetingProjection;
import se.sip.plan.meeting.PlanMeeting;
import se.sip.plan.plan.PlanDetails;
import se.sip.plan.plan.PlanService;
import se.sip.plan.plan.PlanStatus;
import se.sip.platform.events.EventTypes;
import se.sip.platform.events.MinutesEventData;
import se.sip.platform.events.PlanVersionAgreedData;
import se.sip.platform.events.Topics;
import se.sip.platform.outbox.Outbox;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/**
 * Agreed versions: approved minutes make the plan as it then stands the agreed plan (docs/domain.md, "Minutes → plan"), so
 * each approval stores a snapshot and announces it. Read as the plan is read: whoever may see the plan sees its
 * versions, and every read is access-logged as a read of the plan.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreedVersionService {

    private static final String OFFICIALS = "OFFICIALS";
    private static final Logger LOG = Logger.getLogger(AgreedVersionService.class);

    private final PlanService plans;
    private final AgreedVersionRepository versions;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeetingProjection meetings;

    AgreedVersionService(PlanService plans, AgreedVersionRepository versions, Outbox outbox, ObjectMapper json,
            Clock clock, MeetingProjection meetings) {
        this.plans = plans;
        this.versions = versions;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.meetings = meetings;
    }

    /**
     * Stores the next agreed version of the plan the approved minutes belong to, and its event, in the consumer's
     * transaction. Minutes already agreed a version (the same meeting and revision, reported again) agree nothing new.
     * A plan that is unknown here, belongs to another person or is closed gets nothing: a closed plan is no longer
     * coordinated, and a version nobody can act on would only be misleading. The minutes of an officials' meeting are
     * internal (seeds 000, 004): they agree no version. Logged by ids only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<AgreedVersion> agree(MinutesEventData minutes) {
        if (minutes.planId() == null || minutes.meetingId() == null) {
            LOG.warnf("Approved minutes without a plan or meeting id: no version agreed");
            return Optional.empty();
        }
        if (OFFICIALS.equals(minutes.meetingType())) {
            LOG.infof("Minutes of officials' meeting %s were approved: internal, no version agreed",
                    minutes.meetingId());
            return Optional.empty();
        }
        Optional<PlanDetails> found = plans.lockUnchecked(minutes.planId());
        if (found.isEmpty() || !found.get().personRef().equals(minutes.personRef())) {
            LOG.warnf("Minutes of meeting %s were approved for plan %s, which is not known here for that person:"
                    + " no version agreed", minutes.meetingId(), minutes.planId());
            return Optional.empty();
        }
        PlanDetails plan = found.get();
        if (plan.status() != PlanStatus.ACTIVE) {
            LOG.infof("Minutes of meeting %s were approved after plan %s was closed: no version agreed",
                    minutes.meetingId(), plan.id());
            return Optional.empty();
        }
        if (versions.agreedBy(plan.id(), minutes.meetingId(), minutes.revision())) {
            return Optional.empty();
        }
        Instant agreedAt = minutes.approvedAt() == null ? clock.instant() : minutes.approvedAt().toInstant();
        AgreedVersion version = new AgreedVersion(plan.id(), versions.lastNumber(plan.id()) + 1, minutes.meetingId(),
                minutes.revision(), agreedAt, minutes.nextFollowUpOn(), write(PlanSnapshot.of(plan)));
        versions.persist(version);
        outbox.publish(Topics.PLAN, plan.personRef(), EventTypes.PLAN_VERSION_AGREED, plan.id().toString(),
                new PlanVersionAgreedData(plan.personRef(), plan.id(), version.number, version.meetingId,
                        version.minutesRevision, OffsetDateTime.ofInstant(agreedAt, clock.getZone()),
                        plan.leadOrgId(), plan.partyOrgIds()));
        return Optional.of(version);
    }

    /** The plan's agreed versions, oldest first, when the caller may see the plan; 404 otherwise. */
    Page<AgreedVersion> list(Caller caller, UUID planId, PageRequest page) {
        plans.read(caller, planId);
        List<AgreedVersion> all = versions.ofPlan(planId).stream().filter(shownTo(caller, planId)).toList();
        int from = (int) Math.min((long) page.page * page.size, all.size());
        int to = Math.min(from + page.size, all.size());
        return new Page<>(all.subList(from, to), page.page, page.size, all.size());
    }

    /** Version {@code number} of the plan, when the caller may see the plan; 404 otherwise. */
    public AgreedPlan read(Caller caller, UUID planId, int number) {
        PlanDetails plan = plans.read(caller, planId);
        return agreed(version(caller, planId, number), plan.personId());
    }

    /** Version {@code number} and the one before it (none for version 1), to compare. */
    Compared compared(Caller caller, UUID planId, int number) {
        plans.read(caller, planId);
        PlanSnapshot after = snapshot(version(caller, planId, number));
        return new Compared(number == 1 ? null : snapshot(version(planId, number - 1)), after);
    }

    record Compared(PlanSnapshot before, PlanSnapshot after) {
    }

    /** {@code personId}: the plan's, since the snapshot holds the person by personRef only. */
    private AgreedPlan agreed(AgreedVersion v, String personId) {
        return new AgreedPlan(v.number, v.agreedAt, v.meetingId, v.minutesRevision, v.nextFollowUpOn, snapshot(v),
                personId);
    }

    private PlanSnapshot snapshot(AgreedVersion version) {
        try {
            return json.readValue(version.snapshot, PlanSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The snapshot of an agreed version could not be read", e);
        }
    }

    private AgreedVersion version(UUID planId, int number) {
        return versions.find(planId, number).orElseThrow(() -> ProblemException.notFound("Agreed version " + number));
    }

    /** Version {@code number} as {@link #version(UUID, int)}, and 404 when it is not shown to the caller. */
    private AgreedVersion version(Caller caller, UUID planId, int number) {
        return Optional.of(version(planId, number)).filter(shownTo(caller, planId))
                .orElseThrow(() -> ProblemException.notFound("Agreed version " + number));
    }

    /**
     * Every version to an organisation that sees the plan. To the person themselves none agreed by an officials'
     * meeting: {@link #agree} makes none since officials' minutes became internal, but rows stored before may hold one.
     */
    private Predicate<AgreedVersion> shownTo(Caller caller, UUID planId) {
        if (!caller.isIndividual()) {
            return v -> true;
        }
        Set<UUID> officials = meetings.ofPlan(planId).stream().filter(m -> OFFICIALS.equals(m.type()))
                .map(PlanMeeting::meetingId).collect(Collectors.toSet());
        return v -> !officials.contains(v.meetingId);
    }

    private String write(PlanSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan could not be written as JSON", e);
        }
    }
}
