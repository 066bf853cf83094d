package se.sip.testinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each rule of {@link ServiceArchitecture} passes a service of the right shape and fails one that breaks it, and
 * only that one, naming the offending class ({@code se.sip.archfixture}).
 */
class ServiceArchitectureTest {

    private static final String FIXTURES = "se.sip.archfixture.";

    @Test
    void aServiceOfTheRightShapeKeepsEveryRule() {
        String root = FIXTURES + "good";
        JavaClasses classes = imported(root);
        ServiceArchitecture.rules(root).forEach(rule -> rule.check(classes));
    }

    @Test
    void aCycleBetweenFeaturesBreaksOnlyTheCycleRule() {
        String message = breaksOnly("cycle", ServiceArchitecture::featuresFreeOfCycles);
        assertTrue(message.contains("Cycle detected: feature a -> "), message);
    }

    @Test
    void anEntityOrRepositoryUsedByAnotherFeatureBreaksOnlyTheFeatureDataRule() {
        String message = breaksOnly("leak", ServiceArchitecture::entitiesAndRepositoriesStayInTheirFeature);
        assertTrue(message.contains("Thing is used outside se.sip.archfixture.leak.thing"), message);
        assertTrue(message.contains("ThingRepository is used outside se.sip.archfixture.leak.thing"), message);
        assertTrue(message.contains("se.sip.archfixture.leak.other.Reader"), message);
    }

    @Test
    void aServiceThatTakesARestDtoBreaksOnlyTheDtoRule() {
        String message = breaksOnly("dto", ServiceArchitecture::onlyResourcesUseRestDtos);
        assertTrue(message.contains("se.sip.archfixture.dto.thing.ThingService.describe("
                + "se.sip.archfixture.dto.thing.ThingRequest$Detail)"), message);
    }

    @Test
    void codeOfAnotherServiceBreaksOnlyTheServiceRule() {
        String message = breaksOnly("foreign", ServiceArchitecture::noOtherService);
        assertTrue(message.contains("se.sip.archfixture.good.report.ReportService"), message);
    }

    @Test
    void aRootPackageWithoutClassesIsAnError() {
        assertThrows(IllegalStateException.class, () -> ServiceArchitecture.productionClasses("se.sip.nosuchservice"));
    }

    /** Checks every rule on the fixture: the expected one fails, the others pass. Returns the failure's message. */
    private static String breaksOnly(String fixture, Function<String, ArchRule> expected) {
        String root = FIXTURES + fixture;
        JavaClasses classes = imported(root);
        String failing = expected.apply(root).getDescription();
        List<String> broken = ServiceArchitecture.rules(root).stream()
                .filter(rule -> rule.evaluate(classes).hasViolation())
                .map(ArchRule::getDescription)
                .toList();
        assertEquals(List.of(failing), broken);
        return assertThrows(AssertionError.class, () -> expected.apply(root).check(classes)).getMessage();
    }

    /** The fixtures are test classes, which {@link ServiceArchitecture#productionClasses} leaves out by design. */
    private static JavaClasses imported(String root) {
        return new ClassFileImporter().importPackages(root);
    }
}
