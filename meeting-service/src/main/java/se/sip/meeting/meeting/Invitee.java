package se.sip.meeting.meeting;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import se.sip.meeting.meeting.MeetingBooking.NewInvitee;
import se.sip.platform.security.OrgType;

/** One invitee of a meeting, with the kind of notice they receive (a kallelse or an inbjudan). */
@Embeddable
class Invitee {

    /** The relation of a relative who is the individual's guardian (vårdnadshavare); compared without case. */
    static final String GUARDIAN = "GUARDIAN";

    public UUID id;

    @Enumerated(EnumType.STRING)
    public InviteeKind kind;

    public String orgId;

    @Enumerated(EnumType.STRING)
    public OrgType orgType;

    public String name;

    public String email;

    public String phone;

    /** How a RELATIVE is related to the individual (GUARDIAN: a guardian, vårdnadshavare); null for other kinds. */
    public String relation;

    @Enumerated(EnumType.STRING)
    public NoticeKind noticeKind;

    protected Invitee() {
    }

    public Invitee(UUID id, InviteeKind kind, String orgId, OrgType orgType, String name, String email, String phone,
            String relation, MeetingType meetingType) {
        this.id = id;
        this.kind = kind;
        this.orgId = orgId;
        this.orgType = orgType;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.relation = relation;
        this.noticeKind = noticeFor(meetingType, kind, orgType);
    }

    /** An invitee as booked for a meeting of {@code meetingType}; its id assigned unless given. */
    static Invitee of(NewInvitee i, MeetingType meetingType) {
        return new Invitee(Objects.requireNonNullElseGet(i.id(), UUID::randomUUID), i.kind(), i.orgId(), i.orgType(),
                i.name(), i.email(), i.phone(), i.relation(), meetingType);
    }

    /** A RELATIVE whose relation is GUARDIAN, in any case: a guardian (vårdnadshavare) of the individual. */
    static boolean guardian(InviteeKind kind, String relation) {
        return kind == InviteeKind.RELATIVE && GUARDIAN.equalsIgnoreCase(relation);
    }

    /**
     * The two principals, municipality and region, are obliged to take part in a SIP when called (SoL 2:7, HSL 16:4;
     * seed 003): their parties get a kallelse to a meeting of type SIP. Everyone else, and every invitee of another
     * type of meeting, which no law obliges anyone to attend, gets an inbjudan.
     */
    static NoticeKind noticeFor(MeetingType meetingType, InviteeKind kind, OrgType orgType) {
        boolean principal = kind == InviteeKind.PARTY && (orgType == OrgType.MUNICIPALITY || orgType == OrgType.REGION);
        return meetingType == MeetingType.SIP && principal ? NoticeKind.KALLELSE : NoticeKind.INBJUDAN;
    }
}
