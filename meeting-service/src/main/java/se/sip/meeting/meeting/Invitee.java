package se.sip.meeting.meeting;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import se.sip.platform.security.OrgType;

/** One invitee of a meeting, with the kind of notice they receive (a kallelse or an inbjudan). */
@Embeddable
class Invitee {

    public UUID id;

    @Enumerated(EnumType.STRING)
    public InviteeKind kind;

    public String orgId;

    @Enumerated(EnumType.STRING)
    public OrgType orgType;

    public String name;

    public String email;

    public String phone;

    @Enumerated(EnumType.STRING)
    public NoticeKind noticeKind;

    protected Invitee() {
    }

    public Invitee(UUID id, InviteeKind kind, String orgId, OrgType orgType, String name, String email, String phone,
            MeetingType meetingType) {
        this.id = id;
        this.kind = kind;
        this.orgId = orgId;
        this.orgType = orgType;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.noticeKind = noticeFor(meetingType, kind, orgType);
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
