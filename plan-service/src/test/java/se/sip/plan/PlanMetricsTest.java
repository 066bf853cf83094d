package se.sip.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.plan.PlanFixtures.ARRIVAL;
import static se.sip.plan.PlanFixtures.awaitPlanEvents;
import static se.sip.plan.PlanFixtures.startPlan;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.plan.milestone.MilestoneScheduler;
import se.sip.platform.outbox.OutboxLag;
import se.sip.testinfra.FakeConsentService;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestClock;
import se.sip.testinfra.TestPersons;

/** What an operator scrapes from /q/metrics: the outbox's lag, overdue milestones, the consumers' lag. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeConsentService.class, restrictToAnnotatedClass = false)
class PlanMetricsTest {

    /** The advisory lock a relay round must hold (OutboxRelay). */
    private static final String RELAY_LOCK = "hashtext(current_schema() || '.outbox-relay')";

    @Inject
    DataSource dataSource;

    @Inject
    OutboxLag outboxLag;

    @Inject
    MilestoneScheduler scheduler;

    @AfterEach
    void realTime() {
        TestClock.CLOCK.reset();
    }

    @Test
    void theOutboxLagGrowsWhileTheRelayCannotSendAndIsGoneOnceItHas() throws Exception {
        String id;
        try (Connection held = dataSource.getConnection(); Statement sql = held.createStatement()) {
            // Holding the relay's lock keeps every relay round from sending, as a broker outage would.
            sql.execute("select pg_advisory_lock(" + RELAY_LOCK + ")");
            id = startPlan(TestPersons.next());
            TestClock.CLOCK.advance(Duration.ofSeconds(90));
            outboxLag.sample();

            assertTrue(metric("sip_outbox_unsent_events") >= 1, "an unsent event is counted");
            assertTrue(metric("sip_outbox_lag_seconds") >= 90, "its age is the lag");
            sql.execute("select pg_advisory_unlock(" + RELAY_LOCK + ")");
        }

        awaitPlanEvents(id, 1);
        outboxLag.sample();
        assertEquals(0, metric("sip_outbox_unsent_events"));
        assertEquals(0, metric("sip_outbox_lag_seconds"));
    }

    @Test
    void aMilestonePastItsLastDayIsCountedOverdue() {
        scheduler.tick();
        double before = metric("sip_milestones_overdue");
        String id = PlanMilestonesTest.startLvm(TestPersons.next(), TestClock.today().minusMonths(4));
        long overdue = PlanMilestonesTest.milestones(id).getList("milestones.status").stream()
                .filter("OVERDUE"::equals).count();
        assertTrue(overdue >= 1, "the plan has an overdue milestone");

        scheduler.tick();

        assertEquals(before + overdue, metric("sip_milestones_overdue"));
    }

    @Test
    void eachConsumersLagIsExported() {
        await().atMost(ARRIVAL).untilAsserted(() -> {
            String scrape = scrape();
            for (String channel : new String[] {"consents", "meetings", "agreed-minutes"}) {
                assertTrue(Pattern.compile("(?m)^kafka_consumer_fetch_manager_records_lag_max\\{.*client_id=\""
                        + "kafka-consumer-" + channel + "\".*} [0-9.]+$").matcher(scrape).find(),
                        "records-lag-max of the " + channel + " consumer");
            }
        });
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of an unlabelled metric. */
    private static double metric(String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " ([-+0-9.eE]+|NaN)$").matcher(scrape());
        assertTrue(m.find(), name + " is scraped");
        return Double.parseDouble(m.group(1));
    }
}
