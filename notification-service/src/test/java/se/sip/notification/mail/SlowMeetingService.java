package se.sip.notification.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;

import se.sip.platform.meeting.MeetingServiceHttp;

/**
 * meeting-service as the mailer reaches it in the tests: the fake one (test-infra's FakeMeetingService), whose answer
 * about a meeting a test may make slow, once, as a meeting-service under load; every other call goes through at once.
 * Also runs a round of the mailer at once, as a second replica's round would.
 */
@Alternative
@Priority(1)
@Singleton
public class SlowMeetingService extends MeetingClient {

    private static final Map<UUID, Duration> SLOW_ONCE = new ConcurrentHashMap<>();
    private static final Set<UUID> ASKED = ConcurrentHashMap.newKeySet();

    SlowMeetingService(MeetingServiceHttp meetingService, ObjectMapper json) {
        super(meetingService, json);
    }

    /** The next answer about this meeting comes only after {@code delay}. */
    public static void answerSlowlyOnce(UUID meetingId, Duration delay) {
        SLOW_ONCE.put(meetingId, delay);
    }

    /** Whether the mailer has asked about this meeting yet. */
    public static boolean asked(UUID meetingId) {
        return ASKED.contains(meetingId);
    }

    /** A round of the mailer, now, on this thread: what another replica's round would do. */
    public static void runAnotherRound() {
        Arc.container().instance(InvitationMailer.class).get().poll();
    }

    @Override
    public MeetingContacts meeting(UUID id) throws MeetingUnavailable {
        ASKED.add(id);
        Duration delay = SLOW_ONCE.remove(id);
        if (delay != null) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MeetingUnavailable("interrupted");
            }
        }
        return super.meeting(id);
    }
}
