package se.sip.consent.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import se.sip.platform.security.OrgType;

/**
 * A consent decision to record, in the domain's terms: what {@link ConsentService#record} takes. The resource maps a
 * {@link ConsentRequest} to it once, after bean validation at the REST edge; the rules that span fields
 * ({@code ConsentService}) read it. Absent parts stay {@code null}, as in the request.
 */
record ConsentRecording(
        String personId,
        Decision decision,
        GivenBy givenBy,
        String coGuardianName,
        ConsentForm form,
        Set<Purpose> purposes,
        List<NamedParty> parties,
        List<NamedRelative> relatives,
        LocalDate validFrom,
        LocalDate validUntil,
        String journalRef,
        String restrictions,
        String needsSeen,
        String individualPosition) {

    /**
     * The first day it applies, as it is stored: {@code validFrom}, required when GRANTED; a DECLINED offer without
     * one dates from {@code today}, the day it is recorded.
     */
    LocalDate firstDay(LocalDate today) {
        return validFrom != null ? validFrom : today;
    }

    /** Who gave (or declined) it: the individual, or a legal representative or guardian by name. */
    record GivenBy(GiverRole role, String name) {
    }

    record NamedParty(String orgId, OrgType orgType, String name) {
    }

    record NamedRelative(String name, String relation, String email, String phone) {
    }
}
