package se.sip.platform.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Commits the rows of reads made outside any transaction together. One writer takes every row waiting, inserts them
 * in one transaction, and each read waits until its own row is committed: no read is answered before its row is
 * durable, but a commit, the costly part, is paid once per batch instead of once per read. A batch that fails is
 * written again row by row, so that one row that cannot be written fails its own read only.
 */
@ApplicationScoped
class AccessLogGroupCommit {

    private static final int MAX_BATCH = 500;
    /** Longer than any healthy commit; a read still waiting then fails, as a read whose row failed does. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String INSERT = """
            insert into access_log (id, at, actor_sub, actor_org, actor_org_type, actor_roles, action, resource_type,
                resource_id, person_ref, outcome)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private record Pending(AccessLogEntry entry, CompletableFuture<Void> committed) {
    }

    private final DataSource dataSource;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private volatile Thread writer;

    AccessLogGroupCommit(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns once the row is committed; throws when it could not be. */
    void append(AccessLogEntry entry) {
        Pending pending = new Pending(entry, new CompletableFuture<>());
        if (writer == null) {
            startWriter();
        }
        waiting.add(pending);
        try {
            pending.committed().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An access log row could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("An access log row was not written within " + WAIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while an access log row was written", e);
        }
    }

    /** Once, on the first read: every later read passes by without taking the lock. */
    private synchronized void startWriter() {
        if (writer == null) {
            writer = new Thread(this::writeWhatWaits, "access-log-writer");
            // Not joined at shutdown: a read still waiting then fails, and no answer goes out without its row.
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void writeWhatWaits() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(batch, MAX_BATCH - 1);
            write(batch);
            batch.clear();
        }
    }

    private void write(List<Pending> batch) {
        try {
            insert(batch);
            batch.forEach(p -> p.committed().complete(null));
        } catch (SQLException | RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).committed().completeExceptionally(e);
            } else {
                batch.forEach(p -> write(List.of(p)));
            }
        }
    }

    private void insert(List<Pending> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Pending pending : batch) {
                    AccessLogEntry e = pending.entry();
                    insert.setObject(1, e.id);
                    insert.setObject(2, e.at.atOffset(ZoneOffset.UTC));
                    insert.setString(3, e.actorSub);
                    insert.setString(4, e.actorOrg);
                    insert.setString(5, e.actorOrgType == null ? null : e.actorOrgType.name());
                    insert.setString(6, e.actorRoles);
                    insert.setString(7, e.action.name());
                    insert.setString(8, e.resourceType);
                    insert.setString(9, e.resourceId);
                    insert.setString(10, e.personRef);
                    insert.setString(11, e.outcome.name());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
