package se.sip.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Where a row is committed, which is the whole point: a failed insert throws, so the access it records fails too
 * (fail closed).
 */
@ApplicationScoped
class AccessLogWriter {

    private final AccessLogRepository entries;
    private final AccessLogGroupCommit groupCommit;
    private final TransactionManager transactions;

    AccessLogWriter(AccessLogRepository entries, AccessLogGroupCommit groupCommit, TransactionManager transactions) {
        this.entries = entries;
        this.groupCommit = groupCommit;
        this.transactions = transactions;
    }

    /**
     * A permitted read: joins the caller's transaction if there is one, else returns once its row is committed, with
     * those of other reads made meanwhile.
     */
    void append(AccessLogEntry entry) {
        if (inTransaction()) {
            entries.add(entry);
        } else {
            groupCommit.append(entry);
        }
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

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException("The transaction status could not be read", e);
        }
    }
}
