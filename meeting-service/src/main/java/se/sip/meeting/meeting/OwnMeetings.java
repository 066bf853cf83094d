package se.sip.meeting.meeting;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.access.PersonDataAccess;
import se.sip.platform.paging.Page;
import se.sip.platform.paging.PageRequest;
import se.sip.platform.problem.ProblemException;
import se.sip.platform.security.Caller;

/**
 * The person's own meetings, as they themselves (role individual) list them: every meeting about them that
 * {@link MeetingAccess#shownToThePerson} lets them see, the latest start first. What they see of each is the
 * resource's business ({@code OwnMeetingView}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OwnMeetings {

    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MeetingService service;
    private final PersonDataAccess personData;

    OwnMeetings(MeetingRepository meetings, MeetingAccess access, MeetingService service,
            PersonDataAccess personData) {
        this.meetings = meetings;
        this.access = access;
        this.service = service;
        this.personData = personData;
    }

    /**
     * One page of the caller's own meetings, logged as one read of the person's meetings. Paged in memory after the
     * rule: a person has a handful of meetings, and the rule stays in MeetingAccess alone.
     */
    public Page<MeetingSnapshot> list(Caller person, PageRequest page) {
        if (!person.isIndividual()) {
            // The role check comes first; this keeps a staff member's subject from ever being taken for a personRef.
            throw ProblemException.forbidden("Only the person themselves (role individual) lists their own meetings.");
        }
        String personRef = person.subject();
        return personData.list(person, MeetingAccess.MEETING, personRef, () -> {
            List<Meeting> shown = meetings.ofPersonLatestFirst(personRef).stream().filter(access::shownToThePerson)
                    .toList();
            int from = (int) Math.min((long) page.page * page.size, shown.size());
            int to = Math.min(from + page.size, shown.size());
            return new Page<>(shown.subList(from, to), page.page, page.size, shown.size());
        }).map(service::snapshot);
    }
}
