package se.sip.platform.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConsentCoverageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String SHARE = ConsentPurposes.SHARE_INFORMATION;
    private static final String KOMMUN = "kommun-0583";
    private static final String REGION = "region-ostergotland";
    private static final String SIS = "sis-lvm-hem-1";

    @Test
    void aConsentIsInForceFromItsFirstToItsLastDayWhileActive() {
        ConsentScope c = consent(true, TODAY, TODAY, KOMMUN);
        assertTrue(c.inForceOn(TODAY));
        assertFalse(c.inForceOn(TODAY.minusDays(1)));
        assertFalse(c.inForceOn(TODAY.plusDays(1)));
        assertFalse(consent(false, TODAY, null, KOMMUN).inForceOn(TODAY));
        assertTrue(consent(true, null, null, KOMMUN).inForceOn(TODAY));
    }

    @Test
    void coverageNeedsThePurposeAndTheOrganisationInOneConsentInForce() {
        ConsentScope convene = new ConsentScope(UUID.randomUUID(), true, TODAY, null,
                Set.of(ConsentPurposes.CONVENE_MEETING), Set.of(KOMMUN, REGION));
        ConsentScope share = consent(true, TODAY, null, KOMMUN);
        List<ConsentScope> both = List.of(convene, share);
        assertTrue(ConsentCoverage.covers(both, KOMMUN, SHARE, TODAY));
        assertFalse(ConsentCoverage.covers(both, REGION, SHARE, TODAY));
        assertTrue(ConsentCoverage.covers(both, REGION, ConsentPurposes.CONVENE_MEETING, TODAY));
        assertEquals(List.of(REGION, SIS), List.copyOf(ConsentCoverage.uncovered(both, List.of(REGION, KOMMUN, SIS),
                SHARE, TODAY)));
    }

    @Test
    void theOpenEndedConsentIsPreferredThenTheLatestLastDay() {
        ConsentScope shortOne = consent(true, TODAY.minusYears(1), TODAY.plusMonths(1), KOMMUN);
        ConsentScope longOne = consent(true, TODAY.minusYears(1), TODAY.plusYears(1), KOMMUN);
        ConsentScope openEnded = consent(true, TODAY.minusYears(2), null, KOMMUN);
        assertEquals(Optional.of(longOne), ConsentCoverage.preferred(List.of(shortOne, longOne), KOMMUN, SHARE, TODAY));
        assertEquals(Optional.of(openEnded),
                ConsentCoverage.preferred(List.of(shortOne, openEnded, longOne), KOMMUN, SHARE, TODAY));
        assertEquals(Optional.empty(), ConsentCoverage.preferred(List.of(shortOne), REGION, SHARE, TODAY));
    }

    @Test
    void aPlanWhoseLeadNoConsentCoversMustClose() {
        ConsentScope ended = consent(false, TODAY.minusYears(1), null, KOMMUN, REGION);
        ConsentCoverage.PlanStanding standing = ConsentCoverage.judgePlan(List.of(ended), ended.consentId(),
                ended.consentId(), KOMMUN, List.of(KOMMUN, REGION), TODAY);
        assertTrue(standing.mustClose());
    }

    @Test
    void aPlanMovesToTheConsentThatStillCoversItsLeadAndThePartiesItDoesNotNameLoseAccess() {
        ConsentScope ended = consent(false, TODAY.minusYears(1), null, KOMMUN, REGION, SIS);
        ConsentScope other = consent(true, TODAY.minusMonths(1), TODAY.plusMonths(6), KOMMUN, SIS);
        ConsentCoverage.PlanStanding standing = ConsentCoverage.judgePlan(List.of(ended, other), ended.consentId(),
                ended.consentId(), KOMMUN, List.of(KOMMUN, REGION, SIS), TODAY);
        assertFalse(standing.mustClose());
        assertEquals(Optional.of(other.consentId()), standing.consentId());
        assertEquals(List.of(REGION), standing.partiesWithoutAccess());
    }

    @Test
    void aPartyTheEndedConsentNeverNamedLosesNothingItHad() {
        ConsentScope ended = consent(false, TODAY.minusYears(1), null, KOMMUN);
        ConsentScope other = consent(true, TODAY.minusMonths(1), null, KOMMUN);
        ConsentCoverage.PlanStanding standing = ConsentCoverage.judgePlan(List.of(ended, other), ended.consentId(),
                other.consentId(), KOMMUN, List.of(KOMMUN, REGION), TODAY);
        assertEquals(List.of(), standing.partiesWithoutAccess());
    }

    @Test
    void aPlanWhoseOwnConsentStillCoversItsLeadStaysOnItThoughAnotherIsPreferred() {
        ConsentScope ended = consent(false, TODAY.minusYears(1), null, KOMMUN);
        ConsentScope own = consent(true, TODAY.minusMonths(1), TODAY.plusMonths(2), KOMMUN);
        ConsentScope openEnded = consent(true, TODAY.minusMonths(1), null, KOMMUN);
        ConsentCoverage.PlanStanding standing = ConsentCoverage.judgePlan(List.of(ended, own, openEnded),
                ended.consentId(), own.consentId(), KOMMUN, List.of(KOMMUN), TODAY);
        assertEquals(Optional.of(own.consentId()), standing.consentId());
    }

    private static ConsentScope consent(boolean active, LocalDate from, LocalDate until, String... orgs) {
        return new ConsentScope(UUID.randomUUID(), active, from, until, Set.of(SHARE), Set.of(orgs));
    }
}
