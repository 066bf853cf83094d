package se.sip.platform.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sip.platform.probe.ProbeCalls.recordOne;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import se.sip.platform.person.PersonRefs;
import se.sip.platform.person.PersonalIdentityNumber;
import se.sip.testinfra.InfrastructureResource;
import se.sip.testinfra.TestPersons;

/**
 * The access log is partitioned by month on {@code at} (V0_8): a row lands in its month's partition, the months ahead
 * exist before their rows, a row of a month without a partition still lands (in the DEFAULT partition), and no
 * partition can be changed, emptied, detached or dropped by the service's role; the owner drops a month whole.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
class AccessLogPartitionTest {

    @Inject
    PersonRefs personRefs;

    /** The service's own login (the datasource), which only inserts into and reads the log. */
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAccessLandsInItsMonthsPartition() throws SQLException {
        String person = TestPersons.next();
        recordOne(person);
        String personRef = personRefs.of(PersonalIdentityNumber.parse(person));
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement(
                        "SELECT tableoid::regclass::text, at FROM access_log WHERE person_ref = ?")) {
            query.setString(1, personRef);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the record's write left no row");
                Instant at = row.getTimestamp(2).toInstant();
                // The tests' clock may have been moved beyond the months made ahead: then the DEFAULT partition.
                String expected = partitionExists(db, monthPartition(at)) ? monthPartition(at) : "access_log_default";
                assertEquals(expected, row.getString(1));
            }
        }
    }

    @Test
    void theCurrentMonthAndTheNextTwelveExistBeforeTheirRows() throws SQLException {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        try (Connection db = dataSource.getConnection()) {
            for (int m = 0; m <= 12; m++) {
                String partition = monthPartition(now.plusMonths(m));
                assertTrue(partitionExists(db, partition), partition + " is missing");
            }
            assertTrue(partitionExists(db, "access_log_default"), "no DEFAULT partition");
            // Rows of those months go to their own partition; a row of a month without one still lands.
            Instant next = now.plusMonths(1).atDay(3).atStartOfDay().toInstant(ZoneOffset.UTC);
            assertEquals(monthPartition(now.plusMonths(1)), insertAndLocate(db, next));
            Instant farAhead = now.plusYears(5).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            assertEquals("access_log_default", insertAndLocate(db, farAhead));
        }
    }

    @Test
    void theServiceCannotChangeEmptyDetachOrDropAPartition() throws SQLException {
        String partition = monthPartition(YearMonth.now(ZoneOffset.UTC));
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            insertAndLocate(db, Instant.now());
            assertRefused(statement, "UPDATE " + partition + " SET outcome = 'DENIED'", "permission denied");
            assertRefused(statement, "DELETE FROM " + partition, "permission denied");
            assertRefused(statement, "TRUNCATE " + partition, "permission denied");
            assertRefused(statement, "TRUNCATE access_log_default", "permission denied");
            assertRefused(statement, "ALTER TABLE access_log DETACH PARTITION " + partition, "must be owner");
            assertRefused(statement, "DROP TABLE " + partition, "must be owner");
            assertRefused(statement, "ALTER TABLE " + partition + " DISABLE TRIGGER access_log_no_truncate",
                    "must be owner");
            assertRefused(statement, "CREATE TABLE access_log_y1999m01 PARTITION OF access_log"
                    + " FOR VALUES FROM ('1999-01-01') TO ('1999-02-01')", "permission denied|must be owner");
            assertTrue(partitionExists(db, partition));
        }
    }

    @Test
    void evenTheOwnerCannotChangeOrEmptyAPartitionButDropsAMonthWhole() throws SQLException {
        try (Connection db = ownerConnection(); Statement statement = db.createStatement()) {
            String current = monthPartition(YearMonth.now(ZoneOffset.UTC));
            insertAndLocate(db, Instant.now());
            assertRefused(statement, "UPDATE " + current + " SET outcome = 'DENIED'", "access_log is insert-only");
            assertRefused(statement, "DELETE FROM " + current, "access_log is insert-only");
            assertRefused(statement, "TRUNCATE " + current, "access_log is insert-only");
            assertRefused(statement, "TRUNCATE access_log_default", "access_log is insert-only");

            // Retention: a month past its period is detached and dropped as a whole, rows and indexes at once.
            YearMonth old = YearMonth.now(ZoneOffset.UTC).minusYears(20);
            String oldPartition = monthPartition(old);
            statement.execute("SELECT access_log_add_partitions('" + old.atDay(1) + "', '" + old.atDay(1) + "')");
            assertEquals(oldPartition, insertAndLocate(db, old.atDay(9).atStartOfDay().toInstant(ZoneOffset.UTC)));
            statement.execute("ALTER TABLE access_log DETACH PARTITION " + oldPartition);
            statement.execute("DROP TABLE " + oldPartition);
            assertFalse(partitionExists(db, oldPartition));
        }
    }

    /**
     * V0_8 on a log that already holds rows (in a schema of its own, migrated first to V0_7): every row is kept, each
     * in its month's partition, and the service's role gets the log as before: insert and read only.
     */
    @Test
    void partitioningKeepsEveryExistingRow() throws SQLException {
        String schema = "access_log_upgrade_" + UUID.randomUUID().toString().substring(0, 8);
        List<Instant> ats = List.of(Instant.parse("2019-03-15T10:00:00Z"), Instant.parse("2019-03-31T23:59:59Z"),
                Instant.parse("2024-02-29T12:00:00Z"), Instant.now());
        migrate(schema, "0.7");
        try (Connection db = ownerConnection()) {
            db.setSchema(schema);
            for (Instant at : ats) {
                insertAndLocate(db, at);
            }
        }
        migrate(schema, "latest");
        try (Connection db = ownerConnection(); Statement statement = db.createStatement()) {
            db.setSchema(schema);
            List<String> partitions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT tableoid::regclass::text, at FROM access_log ORDER BY at")) {
                while (rows.next()) {
                    Instant at = rows.getTimestamp(2).toInstant();
                    assertEquals(monthPartition(at), rows.getString(1), "the row of " + at);
                    partitions.add(rows.getString(1));
                }
            }
            assertEquals(ats.size(), partitions.size());
            assertEquals(0, count(statement, "SELECT count(*) FROM access_log_default"));
            assertEquals(0, count(statement, "SELECT count(*) FROM pg_class WHERE relname = "
                    + "'access_log_before_partitioning' AND relnamespace = '" + schema + "'::regnamespace"));
            // The months between the oldest row and a year ahead, all of them, so no later row of them waits.
            assertTrue(partitionExists(db, "access_log_y2021m07"));
            assertTrue(partitionExists(db, monthPartition(YearMonth.now(ZoneOffset.UTC).plusMonths(12))));
            assertRefused(statement, "DELETE FROM access_log", "access_log is insert-only");
        }
        try (Connection db = DriverManager.getConnection(InfrastructureResource.jdbcUrl(),
                setting("quarkus.datasource.username"), setting("quarkus.datasource.password"));
                Statement statement = db.createStatement()) {
            db.setSchema(schema);
            assertEquals(monthPartition(YearMonth.now(ZoneOffset.UTC)), insertAndLocate(db, Instant.now()));
            assertRefused(statement, "UPDATE access_log SET outcome = 'DENIED'", "permission denied");
            assertRefused(statement, "DELETE FROM access_log_y2019m03", "permission denied");
            assertRefused(statement, "TRUNCATE access_log_y2019m03", "permission denied");
        }
    }

    private static void migrate(String schema, String target) {
        Flyway.configure()
                .dataSource(InfrastructureResource.jdbcUrl(), setting("quarkus.flyway.username"),
                        setting("quarkus.flyway.password"))
                .schemas(schema).locations("classpath:db/platform").target(target)
                .placeholders(Map.of("runtime_role", setting("quarkus.datasource.username")))
                .load().migrate();
    }

    /** Inserts a row at {@code at} as the connection's role, and names the partition it landed in. */
    private static String insertAndLocate(Connection db, Instant at) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO access_log (id, at, actor_sub, actor_org,"
                + " actor_org_type, action, resource_type, outcome) VALUES (?, ?, 'partition-test', 'kommun-0583',"
                + " 'MUNICIPALITY', 'READ', 'probe-record', 'NOT_FOUND')")) {
            insert.setObject(1, id);
            insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        try (PreparedStatement where = db.prepareStatement(
                "SELECT tableoid::regclass::text FROM access_log WHERE id = ? AND at = ?")) {
            where.setObject(1, id);
            where.setTimestamp(2, Timestamp.from(at));
            try (ResultSet row = where.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private static boolean partitionExists(Connection db, String name) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM pg_inherits i JOIN pg_class c"
                + " ON c.oid = i.inhrelid WHERE i.inhparent = 'access_log'::regclass AND c.relname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) == 1;
            }
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** {@code reasons}: what the refusal says, or one of several, separated by |. */
    private static void assertRefused(Statement statement, String sql, String reasons) {
        SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
        assertTrue(Arrays.stream(reasons.split("\\|")).anyMatch(refused.getMessage()::contains),
                sql + ": " + refused.getMessage());
    }

    private static String monthPartition(Instant at) {
        return monthPartition(YearMonth.from(at.atZone(ZoneOffset.UTC)));
    }

    private static String monthPartition(YearMonth month) {
        return String.format("access_log_y%04dm%02d", month.getYear(), month.getMonthValue());
    }

    private static Connection ownerConnection() throws SQLException {
        Connection db = DriverManager.getConnection(InfrastructureResource.jdbcUrl(),
                setting("quarkus.flyway.username"), setting("quarkus.flyway.password"));
        db.setSchema(setting("sip.db.schema"));
        return db;
    }

    private static String setting(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
