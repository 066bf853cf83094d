package se.sip.consent;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.consent.ConsentFixtures.MUNICIPALITY;
import static se.sip.consent.ConsentFixtures.REGION;
import static se.sip.consent.ConsentFixtures.as;
import static se.sip.consent.ConsentFixtures.caseworker;
import static se.sip.consent.ConsentFixtures.granted;
import static se.sip.consent.ConsentFixtures.recordGranted;
import static se.sip.consent.ConsentResourceTest.assertNotMentioning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import se.sip.platform.idempotency.IdempotencyStore;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/** The Idempotency-Key matrix (docs/reliability.md, "Retries from partners are safe"), on the consent calls every service's POSTs share. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class IdempotencyKeyTest {

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotency-Replayed";
    private static final String PROBLEM = "application/problem+json";
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyStore store;

    @Inject
    Scheduler scheduler;

    @Test
    void theSameRequestAgainGetsTheFirstResponseAndIsNotRunAgain() {
        String person = TestPersons.next();
        String key = newKey();

        Response first = record(caseworker(MUNICIPALITY), key, granted(person));
        Response second = record(caseworker(MUNICIPALITY), key, granted(person));

        first.then().statusCode(201).header(REPLAYED, nullValue());
        second.then().statusCode(201).header(REPLAYED, "true");
        assertSameResponse(first, second);
        assertEquals(1, visibleConsents(person));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        String person = TestPersons.next();
        String other = TestPersons.next();
        String key = newKey();
        record(caseworker(MUNICIPALITY), key, granted(person)).then().statusCode(201);

        String body = record(caseworker(MUNICIPALITY), key, granted(other)).then().statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:sip:problem:idempotency-key-reused"))
                .body("detail", containsString("another request"))
                .extract().asString();
        assertNotMentioning(body, other);
        // The exact bytes count: the same JSON laid out otherwise is another request, and so is another query.
        record(caseworker(MUNICIPALITY), key, granted(person).replace("\n", "")).then().statusCode(422);
        caseworker(MUNICIPALITY).header(KEY, key).body(granted(person)).queryParam("x", "1")
                .post("/api/v1/consents").then().statusCode(422);

        assertEquals(1, visibleConsents(person));
        assertEquals(0, visibleConsents(other));
    }

    @Test
    void parallelRequestsWithOneKeyRunOnce() throws Exception {
        String person = TestPersons.next();
        String key = newKey();
        int parallel = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Response> responses = new ArrayList<>();
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return record(caseworker(MUNICIPALITY), key, granted(person));
                }));
            }
            start.countDown();
            for (Future<Response> response : pending) {
                responses.add(response.get(BOUND.toSeconds(), TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
        List<Response> originals = created.stream().filter(r -> r.header(REPLAYED) == null).toList();
        assertEquals(1, originals.size(), "exactly one request ran");
        created.forEach(r -> assertSameResponse(originals.get(0), r));
        responses.stream().filter(r -> r.statusCode() != 201).forEach(r -> r.then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:sip:problem:idempotency-key-in-use")));
        assertEquals(1, visibleConsents(person));
    }

    @Test
    void aRequestArrivingWhileTheFirstStillRunsIsAConflict() throws Exception {
        String person = TestPersons.next();
        String key = newKey();
        CompletableFuture<Response> first;
        // Holding the consent table keeps the first request inside its handler, with its key claimed.
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE consent IN EXCLUSIVE MODE");
            }
            first = CompletableFuture.supplyAsync(() -> record(caseworker(MUNICIPALITY), key, granted(person)));
            await().atMost(BOUND).until(() -> recordExists(key));

            record(caseworker(MUNICIPALITY), key, granted(person)).then().statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("urn:sip:problem:idempotency-key-in-use"));
            lock.rollback();
        }
        Response original = first.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        original.then().statusCode(201).header(REPLAYED, nullValue());

        Response replay = record(caseworker(MUNICIPALITY), key, granted(person));
        replay.then().statusCode(201).header(REPLAYED, "true");
        assertSameResponse(original, replay);
        assertEquals(1, visibleConsents(person));
    }

    @Test
    void aRejectedRequestIsNotStoredSoItsKeyMayBeRetried() {
        String person = TestPersons.next();
        String key = newKey();

        record(caseworker(MUNICIPALITY), key, granted(TestPersons.withWrongCheckDigit(person)))
                .then().statusCode(400).body("errors[0].field", equalTo("personId"));
        assertFalse(recordExists(key));
        record(as("cw-1", MUNICIPALITY, "MUNICIPALITY", "auditor"), key, granted(person)).then().statusCode(403);
        assertFalse(recordExists(key));

        record(caseworker(MUNICIPALITY), key, granted(person)).then().statusCode(201).header(REPLAYED, nullValue());
        record(caseworker(MUNICIPALITY), key, granted(person)).then().statusCode(201).header(REPLAYED, "true");
        assertEquals(1, visibleConsents(person));
    }

    @Test
    void anExpiredKeyRunsAgain() {
        String person = TestPersons.next();
        String key = newKey();
        Response first = record(caseworker(MUNICIPALITY), key, granted(person));
        first.then().statusCode(201);

        expire(key);
        Response again = record(caseworker(MUNICIPALITY), key, granted(person));

        again.then().statusCode(201).header(REPLAYED, nullValue());
        assertNotEquals(first.header("Location"), again.header("Location"));
        assertEquals(2, visibleConsents(person));
    }

    @Test
    void theCleanupDeletesExpiredRecordsOnly() {
        String expired = newKey();
        String live = newKey();
        record(caseworker(MUNICIPALITY), expired, granted(TestPersons.next())).then().statusCode(201);
        record(caseworker(MUNICIPALITY), live, granted(TestPersons.next())).then().statusCode(201);
        expire(expired);

        store.deleteExpired();

        assertFalse(recordExists(expired));
        assertTrue(recordExists(live));
        assertNotNull(scheduler.getScheduledJob("idempotency-key-cleanup"), "the cleanup is scheduled");
    }

    @Test
    void aKeyBelongsToItsCaller() {
        String person = TestPersons.next();
        String key = newKey();
        Response mine = record(as("cw-1", MUNICIPALITY, "MUNICIPALITY", "caseworker"), key, granted(person));
        Response colleagues = record(as("cw-2", MUNICIPALITY, "MUNICIPALITY", "caseworker"), key, granted(person));
        Response otherOrganisations = record(as("cw-1", REGION, "REGION", "caseworker"), key, granted(person));

        for (Response response : List.of(mine, colleagues, otherOrganisations)) {
            response.then().statusCode(201).header(REPLAYED, nullValue());
        }
        assertEquals(3, List.of(mine, colleagues, otherOrganisations).stream().map(r -> r.header("Location"))
                .distinct().count());
    }

    @Test
    void aRetriedWithdrawalGetsItsFirstAnswer() {
        String person = TestPersons.next();
        String id = recordGranted(person);
        String key = newKey();

        Response first = withdraw(id, key);
        Response second = withdraw(id, key);

        first.then().statusCode(200).header(REPLAYED, nullValue()).body("status", equalTo("WITHDRAWN"));
        second.then().statusCode(200).header(REPLAYED, "true");
        assertSameResponse(first, second);
        // Without the key the retry is a new request, refused since the consent is withdrawn; that 409 is not kept.
        String another = newKey();
        withdraw(id, another).then().statusCode(409).body("type", equalTo("urn:sip:problem:conflict"));
        assertFalse(recordExists(another));
    }

    @Test
    void aServerErrorIsReplayedWithoutRunningTheHandlerAgain() {
        String key = newKey();
        int before = IdempotencyProbeResource.FAILURES.get();

        Response first = caseworker(MUNICIPALITY).header(KEY, key).post("/api/v1/idempotency-probe/failure");
        Response second = caseworker(MUNICIPALITY).header(KEY, key).post("/api/v1/idempotency-probe/failure");

        first.then().statusCode(500).contentType(PROBLEM).header(REPLAYED, nullValue())
                .body("type", equalTo("urn:sip:problem:internal"))
                .body("detail", org.hamcrest.Matchers.startsWith("Something went wrong on our side. Error id: "))
                .body(not(org.hamcrest.Matchers.containsString("IllegalStateException")))
                .body(not(org.hamcrest.Matchers.containsString("on purpose")));
        second.then().statusCode(500).header(REPLAYED, "true");
        assertSameResponse(first, second);
        assertEquals(before + 1, IdempotencyProbeResource.FAILURES.get());
    }

    @Test
    void aMalformedKeyIsAProblemNamingTheHeader() {
        String person = TestPersons.next();
        for (String key : List.of("", "two words", "x".repeat(256), "nyckel-\u00e5")) {
            record(caseworker(MUNICIPALITY), key, granted(person)).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("urn:sip:problem:validation"))
                    .body("errors[0].field", equalTo(KEY));
        }
        assertEquals(0, visibleConsents(person));
        String longest = (newKey() + "~").repeat(8).substring(0, 255);
        record(caseworker(MUNICIPALITY), longest, granted(person)).then().statusCode(201);
    }

    @Test
    void withoutAKeyARequestRunsEveryTime() {
        String person = TestPersons.next();
        caseworker(MUNICIPALITY).body(granted(person)).post("/api/v1/consents").then().statusCode(201)
                .header(REPLAYED, nullValue());
        caseworker(MUNICIPALITY).body(granted(person)).post("/api/v1/consents").then().statusCode(201)
                .header(REPLAYED, nullValue());
        assertEquals(2, visibleConsents(person));
    }

    @Test
    void theOpenApiDocumentDescribesTheKeyOnEveryPost() {
        String header = "parameters.find { it.name == 'Idempotency-Key' }";
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/consents'.post." + header + ".in", equalTo("header"))
                .body("paths.'/api/v1/consents'.post." + header + ".required", not(equalTo(true)))
                .body("paths.'/api/v1/consents'.post." + header + ".description", containsString("24 hours"))
                .body("paths.'/api/v1/consents'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/consents'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/consents'.post.responses.'201'.headers", hasKey(REPLAYED))
                .body("paths.'/api/v1/consents/{id}/withdrawal'.post.parameters.name", hasItem(KEY))
                .body("paths.'/api/v1/consents/{id}/withdrawal'.post.responses.'409'.description",
                        containsString("Idempotency-Key"))
                .body("paths.'/api/v1/consents'.get.parameters.name", not(hasItem(KEY)));
    }

    private static Response record(RequestSpecification caller, String key, String body) {
        return caller.header(KEY, key).body(body).post("/api/v1/consents");
    }

    private static Response withdraw(String id, String key) {
        return caseworker(MUNICIPALITY).header(KEY, key).body("{\"reason\": \"Told us by phone\"}")
                .post("/api/v1/consents/" + id + "/withdrawal");
    }

    private static int visibleConsents(String person) {
        return caseworker(MUNICIPALITY).queryParam("personId", person).get("/api/v1/consents")
                .then().statusCode(200).extract().path("total");
    }

    private static void assertSameResponse(Response expected, Response actual) {
        assertEquals(expected.statusCode(), actual.statusCode());
        assertEquals(expected.header("Location"), actual.header("Location"));
        assertEquals(expected.header("ETag"), actual.header("ETag"));
        assertEquals(expected.header("Content-Type"), actual.header("Content-Type"));
        assertArrayEquals(expected.asByteArray(), actual.asByteArray());
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private boolean recordExists(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM idempotency_key WHERE key_value = ?")) {
            select.setString(1, key);
            try (ResultSet count = select.executeQuery()) {
                count.next();
                return count.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void expire(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key_value = ?")) {
            update.setString(1, key);
            assertEquals(1, update.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
