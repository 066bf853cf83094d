package se.sip.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.sip.platform.access.RequestAccesses.Accessed;

/**
 * The idempotency_key table. Every method commits in a transaction of its own, so that a claim is visible to other
 * instances before the handler runs, and the stored response before the client receives it. Times are the
 * database's, the one clock every replica shares.
 * <p>
 * The claims of this instance's running requests are renewed ({@link #renewHeld()}), so a claim lapses only when its
 * instance stopped renewing it: a retry never runs a request that is still running elsewhere.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyStore {

    /** One request's hold on a caller's key. */
    public record Claim(String org, String subject, String key, UUID id) {
    }

    /**
     * What is replayed: the status, the headers that matter, and the body bytes as sent (null for none); and what the
     * request wrote of a person's data, for the access log of a replay (null when nothing).
     */
    public record StoredResponse(int status, String contentType, String location, String etag, byte[] body,
            Accessed accessed) {
    }

    /** The record a claim found in its way: another request's, still running when {@code response} is null. */
    public record Existing(String fingerprint, StoredResponse response) {
    }

    // The unique primary key lets only one request insert; an expired row (abandoned claim, old response) is taken
    // over in the same statement. ON CONFLICT locks the row it found, so the SELECT after it is sure to see it.
    private static final String CLAIM = """
            INSERT INTO idempotency_key AS k (caller_org, caller_sub, key_value, fingerprint, claim_id, expires_at)
            VALUES (?, ?, ?, ?, ?, now() + make_interval(secs => ?))
            ON CONFLICT (caller_org, caller_sub, key_value) DO UPDATE
            SET fingerprint = excluded.fingerprint, claim_id = excluded.claim_id, expires_at = excluded.expires_at,
                response_status = NULL, response_content_type = NULL, response_location = NULL,
                response_etag = NULL, response_body = NULL, accessed_resource_type = NULL, accessed_resource_id = NULL,
                accessed_person_ref = NULL
            WHERE k.expires_at <= now()""";
    private static final String FIND = """
            SELECT fingerprint, response_status, response_content_type, response_location, response_etag, response_body,
                accessed_resource_type, accessed_resource_id, accessed_person_ref
            FROM idempotency_key WHERE caller_org = ? AND caller_sub = ? AND key_value = ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_key SET response_status = ?, response_content_type = ?, response_location = ?,
                response_etag = ?, response_body = ?, accessed_resource_type = ?, accessed_resource_id = ?,
                accessed_person_ref = ?, expires_at = now() + make_interval(secs => ?)
            WHERE caller_org = ? AND caller_sub = ? AND key_value = ? AND claim_id = ?""";
    private static final String RELEASE = """
            DELETE FROM idempotency_key WHERE caller_org = ? AND caller_sub = ? AND key_value = ? AND claim_id = ?""";
    private static final String RENEW = """
            UPDATE idempotency_key SET expires_at = now() + make_interval(secs => ?)
            WHERE claim_id = ANY (?) AND response_status IS NULL""";
    private static final String DELETE_EXPIRED = "DELETE FROM idempotency_key WHERE expires_at <= now()";

    private final DataSource dataSource;
    private final IdempotencyConfig config;
    /** The claims of this instance's running requests, with when each was taken ({@link System#nanoTime()}). */
    private final Map<UUID, Long> held = new ConcurrentHashMap<>();

    IdempotencyStore(DataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** Claims the key for a request with this fingerprint; empty if claimed, else the record that holds the key. */
    public Optional<Existing> claim(Claim claim, String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(CLAIM)) {
                setKey(insert, 1, claim);
                insert.setString(4, fingerprint);
                insert.setObject(5, claim.id());
                insert.setLong(6, config.claimTimeout().toSeconds());
                if (insert.executeUpdate() == 1) {
                    held.put(claim.id(), System.nanoTime());
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(FIND)) {
                setKey(select, 1, claim);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("An idempotency key conflicted but has no record");
                    }
                    return Optional.of(new Existing(row.getString(1), storedResponse(row)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim an idempotency key", e);
        }
    }

    /** Stores the response for replay; a claim taken over meanwhile (it ran past the claim timeout) stores nothing. */
    public void complete(Claim claim, StoredResponse response) {
        held.remove(claim.id());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(COMPLETE)) {
            update.setInt(1, response.status());
            update.setString(2, response.contentType());
            update.setString(3, response.location());
            update.setString(4, response.etag());
            update.setBytes(5, response.body());
            Accessed accessed = response.accessed();
            update.setString(6, accessed == null ? null : accessed.resourceType());
            update.setString(7, accessed == null ? null : accessed.resourceId());
            update.setString(8, accessed == null ? null : accessed.personRef());
            update.setLong(9, config.retention().toSeconds());
            setKey(update, 10, claim);
            update.setObject(13, claim.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store an idempotent response", e);
        }
    }

    /** Frees the key, so that the client may retry with it. */
    public void release(Claim claim) {
        held.remove(claim.id());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(RELEASE)) {
            setKey(delete, 1, claim);
            delete.setObject(4, claim.id());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release an idempotency key", e);
        }
    }

    /**
     * Stops renewing a claim whose request has ended, stored or released or not: one whose response was never stored
     * (its instance could not reach the database at the end, say) then lapses after the claim timeout, as if its
     * instance had died.
     */
    void forget(Claim claim) {
        held.remove(claim.id());
    }

    /**
     * Extends the claims of the requests this instance still runs by a claim timeout; a request running past the
     * maximum run time is given up, so that its key becomes free a claim timeout later.
     */
    public int renewHeld() {
        long now = System.nanoTime();
        held.values().removeIf(claimedAt -> now - claimedAt > config.maxRun().toNanos());
        if (held.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(RENEW)) {
            update.setLong(1, config.claimTimeout().toSeconds());
            update.setArray(2, connection.createArrayOf("uuid", held.keySet().toArray()));
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not renew idempotency key claims", e);
        }
    }

    /** Deletes the records that count as absent anyway; harmless when several replicas do it at once. */
    public int deleteExpired() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE_EXPIRED)) {
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete expired idempotency keys", e);
        }
    }

    private static void setKey(PreparedStatement statement, int first, Claim claim) throws SQLException {
        statement.setString(first, claim.org());
        statement.setString(first + 1, claim.subject());
        statement.setString(first + 2, claim.key());
    }

    private static StoredResponse storedResponse(ResultSet row) throws SQLException {
        int status = row.getInt(2);
        if (row.wasNull()) {
            return null;
        }
        String accessedType = row.getString(7);
        return new StoredResponse(status, row.getString(3), row.getString(4), row.getString(5), row.getBytes(6),
                accessedType == null ? null : new Accessed(accessedType, row.getString(8), row.getString(9)));
    }
}
