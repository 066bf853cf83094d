package se.sip.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Where a row is committed, which is the whole point: a failed insert throws, so the access it records fails too
 * (fail closed).
 */
@ApplicationScoped
class AccessLogWriter {

    private final AccessLogRepository entries;

    AccessLogWriter(AccessLogRepository entries) {
        this.entries = entries;
    }

    /** A permitted read: joins the caller's transaction if there is one, else commits on its own before returning. */
    @Transactional(TxType.REQUIRED)
    void append(AccessLogEntry entry) {
        entries.add(entry);
    }

    /** A permitted write: commits or rolls back with the write it records, so neither exists without the other. */
    @Transactional(TxType.MANDATORY)
    void appendWithWrite(AccessLogEntry entry) {
        entries.add(entry);
    }

    /**
     * A refused or unknown access: the request is about to fail and roll its own transaction back, so the row commits
     * in a transaction of its own (briefly a second connection when the caller already holds one).
     */
    @Transactional(TxType.REQUIRES_NEW)
    void appendDespiteFailure(AccessLogEntry entry) {
        entries.add(entry);
    }
}
