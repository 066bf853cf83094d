package se.sip.meeting.meeting;

import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import se.sip.platform.security.OrgType;

/** One invitee of a meeting, with the kind of notice they receive. */
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

    public Invitee(UUID id, InviteeKind kind, String orgId, OrgType orgType, String name, String email, String phone) {
        this.id = id;
        this.kind = kind;
        this.orgId = orgId;
        this.orgType = orgType;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.noticeKind = noticeFor(kind, orgType);
    }

    /** Municipalities and regions are obliged to take part in a SIP when called (SoL 2:7, HSL 16:4): a kallelse. */
    static NoticeKind noticeFor(InviteeKind kind, OrgType orgType) {
        return kind == InviteeKind.PARTY && (orgType == OrgType.MUNICIPALITY || orgType == OrgType.REGION)
                ? NoticeKind.KALLELSE : NoticeKind.INBJUDAN;
    }
}
