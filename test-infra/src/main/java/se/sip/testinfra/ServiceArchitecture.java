package se.sip.testinfra;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape every service keeps (docs/architecture.md, "The shape of a service"): packages by feature under the
 * service's root package, and four rules over its production classes. A service's test extends this with its root
 * package, as {@code ConsentArchitectureTest} does:
 *
 * <pre>
 * class ConsentArchitectureTest extends ServiceArchitecture {
 *     ConsentArchitectureTest() {
 *         super("se.sip.consent");
 *     }
 * }
 * </pre>
 *
 * The rules are also there one by one ({@link #rules(String)}), to check them on other classes.
 */
public abstract class ServiceArchitecture {

    /**
     * What makes a class of a service a REST DTO: its simple name, or that of a class it is nested in, ends with one
     * of these. They are the request bodies ({@code ConsentRequest}), query beans ({@code MeetingQuery}), partial
     * updates ({@code ActionPatch}), response views ({@code ConsentView}), searches ({@code ConsentDecisionSearch}),
     * page schemas ({@code ConsentPage}) and OpenAPI example texts ({@code ConsentExamples}) of its resources.
     */
    public static final List<String> DTO_NAME_ENDINGS =
            List.of("Request", "Query", "Patch", "View", "Search", "Page", "Examples");

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String PANACHE_REPOSITORY = "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase";
    private static final String PLATFORM = "se.sip.platform..";
    private static final String ANY_OF_OURS = "se.sip..";

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String rootPackage;

    protected ServiceArchitecture(String rootPackage) {
        this.rootPackage = rootPackage;
    }

    @Test
    void requestBodiesAreBounded() {
        List<String> unbounded = BoundedBodies.unbounded(productionClasses(rootPackage));
        org.junit.jupiter.api.Assertions.assertTrue(unbounded.isEmpty(), "Unbounded members of request bodies:\n"
                + String.join("\n", unbounded));
    }

    @Test
    void featuresAreFreeOfCycles() {
        featuresFreeOfCycles(rootPackage).check(productionClasses(rootPackage));
    }

    @Test
    void entitiesAndRepositoriesAreUsedOnlyInTheirFeature() {
        entitiesAndRepositoriesStayInTheirFeature(rootPackage).check(productionClasses(rootPackage));
    }

    @Test
    void onlyResourcesAndDtosUseDtos() {
        onlyResourcesUseRestDtos(rootPackage).check(productionClasses(rootPackage));
    }

    @Test
    void dependsOnlyOnItselfThePlatformAndLibraries() {
        noOtherService(rootPackage).check(productionClasses(rootPackage));
    }

    /** Every rule, for the service whose classes are under {@code rootPackage} (e.g. {@code se.sip.consent}). */
    public static List<ArchRule> rules(String rootPackage) {
        return List.of(featuresFreeOfCycles(rootPackage), entitiesAndRepositoriesStayInTheirFeature(rootPackage),
                onlyResourcesUseRestDtos(rootPackage), noOtherService(rootPackage));
    }

    /**
     * The service's production classes (its {@code target/classes}, never its tests), imported once per run. Fails
     * when there are none, so that a mistyped root package cannot pass every rule.
     */
    public static JavaClasses productionClasses(String rootPackage) {
        return IMPORTED.computeIfAbsent(rootPackage, root -> {
            JavaClasses imported = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(root);
            if (imported.isEmpty()) {
                throw new IllegalStateException("No production classes found under " + root);
            }
            return imported;
        });
    }

    /** No cycles between the feature packages, the slices {@code <root>.(*)..}. */
    public static ArchRule featuresFreeOfCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles()
                .as("the feature packages of " + rootPackage + " should be free of cycles")
                .because("a feature is read, changed and tested on its own only when no two features need each"
                        + " other: one that needs another uses its public service, never the other way round too");
    }

    /**
     * A Hibernate entity ({@code @Entity}) or a Panache repository (one that implements
     * {@code PanacheRepositoryBase}, so also {@code PanacheRepository}) is used only by classes of its own package.
     */
    public static ArchRule entitiesAndRepositoriesStayInTheirFeature(String rootPackage) {
        // assignableTo(..).or(annotatedWith(..)), not the other way round: annotatedWith(..).or(assignableTo(..))
        // compiles to the static DescribedPredicate.or(assignableTo(..)) and silently drops the entities.
        DescribedPredicate<JavaClass> persistence = assignableTo(PANACHE_REPOSITORY).or(annotatedWith(ENTITY))
                .as("entities (@Entity) and repositories (PanacheRepositoryBase)");
        return classes().that().resideInAPackage(rootPackage + "..").and(persistence)
                .should(beUsedOnlyFromTheirOwnPackage())
                .as("entities (@Entity) and repositories (PanacheRepositoryBase) of " + rootPackage
                        + " should be used only by classes of their own feature package")
                .because("a feature's data is its own: other features go through its service, which keeps its rules"
                        + " (access, events, validation) in one place")
                .allowEmptyShould(true);
    }

    /**
     * Classes that are neither REST resources nor REST DTOs do not depend on REST DTOs. A resource is a class annotated
     * with {@code @Path}, or nested in one; a DTO is a class of the service named as {@link #DTO_NAME_ENDINGS} says.
     */
    public static ArchRule onlyResourcesUseRestDtos(String rootPackage) {
        DescribedPredicate<JavaClass> dto = restDto(rootPackage);
        DescribedPredicate<JavaClass> resource = restResource();
        return noClasses().that().resideInAPackage(rootPackage + "..").and(not(resource)).and(not(dto))
                .should().dependOnClassesThat(dto)
                .as("classes of " + rootPackage + " other than REST resources (@Path, and classes nested in one) and"
                        + " REST DTOs should not depend on REST DTOs (classes of the service whose simple name, or an"
                        + " enclosing class's, ends with " + String.join(", ", DTO_NAME_ENDINGS) + ")")
                .because("the REST edge maps a request to a domain command and a result to a view once, in the"
                        + " resource; services, entities and repositories speak the domain's terms, so the API can"
                        + " change without them and they can be called without it");
    }

    /** The service depends on its own packages, {@code se.sip.platform} and libraries: no other {@code se.sip} code. */
    public static ArchRule noOtherService(String rootPackage) {
        DescribedPredicate<JavaClass> otherOfOurs = resideInAPackage(ANY_OF_OURS)
                .and(not(resideInAnyPackage(rootPackage + "..", PLATFORM)))
                .as("classes of se.sip outside " + rootPackage + " and se.sip.platform");
        return noClasses().that().resideInAPackage(rootPackage + "..")
                .should().dependOnClassesThat(otherOfOurs)
                .as("classes of " + rootPackage + " should depend only on " + rootPackage + ", se.sip.platform and"
                        + " libraries, never on another service's code (se.sip.<service>) or se.sip.testinfra")
                .because("services are deployed, scaled and changed apart and meet only over REST and Kafka events;"
                        + " what they share is in the platform");
    }

    private static DescribedPredicate<JavaClass> restDto(String rootPackage) {
        DescribedPredicate<JavaClass> inService = resideInAPackage(rootPackage + "..");
        return DescribedPredicate.describe("REST DTOs", c -> inService.test(c) && namedAsDto(c));
    }

    private static boolean namedAsDto(JavaClass c) {
        if (DTO_NAME_ENDINGS.stream().anyMatch(c.getSimpleName()::endsWith)) {
            return true;
        }
        Optional<JavaClass> enclosing = c.getEnclosingClass();
        return enclosing.isPresent() && namedAsDto(enclosing.get());
    }

    private static DescribedPredicate<JavaClass> restResource() {
        return DescribedPredicate.describe("REST resources", ServiceArchitecture::isResource);
    }

    private static boolean isResource(JavaClass c) {
        if (c.isAnnotatedWith(PATH)) {
            return true;
        }
        Optional<JavaClass> enclosing = c.getEnclosingClass();
        return enclosing.isPresent() && isResource(enclosing.get());
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only by classes of their own package") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                for (Dependency use : target.getDirectDependenciesToSelf()) {
                    if (!use.getOriginClass().getPackageName().equals(target.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(use, target.getSimpleName() + " is used outside "
                                + target.getPackageName() + ": " + use.getDescription()));
                    }
                }
            }
        };
    }
}
