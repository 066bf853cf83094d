package se.sip.plan.document;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.sip.platform.meeting.MeetingServiceHttp;

/**
 * Reads {@link MeetingAccount}s from meeting-service: the meeting's invitees, its minutes (attendees, absence reason)
 * and the individual's wishes. Like a consent's terms on a plan, within 2 s or not at all: the document is printed
 * either way.
 */
@ApplicationScoped
class MeetingAccounts {

    private static final Logger LOG = Logger.getLogger(MeetingAccounts.class);
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final String INDIVIDUAL = "INDIVIDUAL";
    private static final String PARTY = "PARTY";
    private static final String APPROVED = "APPROVED";

    private final MeetingServiceHttp meetingService;
    private final ObjectMapper json;

    MeetingAccounts(MeetingServiceHttp meetingService, ObjectMapper json) {
        this.meetingService = meetingService;
        this.json = json;
    }

    /** The account of the meeting as its minutes of {@code revision} tell it (the latest when null). */
    MeetingAccount of(UUID meetingId, Integer revision) {
        return account(meetingId, m -> revision == null || m.revision() == revision, false);
    }

    /**
     * The account as the meeting's latest approved minutes tell it, for the person themselves: meeting-service shows
     * them no other minutes. Null when none are approved yet: the lines are left to fill in, as before a meeting.
     */
    MeetingAccount approved(UUID meetingId) {
        return account(meetingId, m -> APPROVED.equals(m.status()), true);
    }

    private MeetingAccount account(UUID meetingId, Predicate<Minutes> which, boolean onlyWithMinutes) {
        try {
            Meeting meeting = read("/api/v1/meetings/" + meetingId, Meeting.class).orElse(null);
            History history = read("/api/v1/meetings/" + meetingId + "/minutes", History.class).orElse(null);
            MeetingAccount.Wishes wishes = read("/api/v1/meetings/" + meetingId + "/wishes", MeetingAccount.Wishes.class)
                    .orElse(null);
            if (meeting == null) {
                return MeetingAccount.unavailable();
            }
            Minutes minutes = history == null || history.revisions() == null ? null : history.revisions().stream()
                    .filter(which).reduce((a, b) -> b).orElse(null);
            if (minutes == null && onlyWithMinutes) {
                return null;
            }
            Set<UUID> attended = minutes == null || minutes.attendees() == null ? Set.of() : Set.copyOf(minutes.attendees());
            Set<String> orgs = new HashSet<>();
            boolean individual = false;
            List<String> others = new ArrayList<>();
            for (Invitee i : meeting.invitees()) {
                if (!attended.contains(i.id())) {
                    continue;
                }
                if (INDIVIDUAL.equals(i.kind())) {
                    individual = true;
                } else if (PARTY.equals(i.kind()) && i.orgId() != null) {
                    orgs.add(i.orgId());
                } else {
                    others.add(i.name());
                }
            }
            return new MeetingAccount(true, Set.copyOf(orgs), individual, List.copyOf(others),
                    minutes == null ? null : minutes.absenceReason(), wishes);
        } catch (IOException e) {
            LOG.warnf("meeting-service did not answer for the SIP document: %s", e.getClass().getSimpleName());
            return MeetingAccount.unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MeetingAccount.unavailable();
        }
    }

    /** The body on 200, empty on 404; IOException on anything else, as on no answer. */
    private <T> Optional<T> read(String path, Class<T> type) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = meetingService.get(path, "application/json", WAIT);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("status " + response.statusCode());
        }
        return Optional.of(json.readValue(response.body(), type));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meeting(List<Invitee> invitees) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Invitee(UUID id, String kind, String orgId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record History(List<Minutes> revisions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Minutes(int revision, String status, List<UUID> attendees, String absenceReason) {
    }
}
