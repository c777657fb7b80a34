package org.aicnet.server.store;

import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure of the store itself (closed after a panic, I/O, corruption, out of memory, a commit or sync that
 * failed) from a failure of one statement, and remembers the first: from then on every write is refused at once,
 * since the store can no longer keep what it would acknowledge. The cause is logged once.
 */
final class WriteFailures {

    private static final Logger LOG = LoggerFactory.getLogger(WriteFailures.class);
    private static final Set<Integer> STORE_FAILURES = Set.of(ErrorCode.GENERAL_ERROR_1, ErrorCode.OBJECT_CLOSED,
            ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CORRUPTED_1,
            ErrorCode.DATABASE_IS_CLOSED, ErrorCode.OUT_OF_MEMORY, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN);

    private volatile String broken;

    /** Refuses {@code what} when the store has failed. */
    void check(String what) {
        String cause = broken;
        if (cause != null) {
            throw new StoreException("refused to " + what + ": the database cannot write (" + cause + ")", null);
        }
    }

    /** Whether writes are refused; the cause, if so. */
    String brokenCause() {
        return broken;
    }

    /**
     * The exception to throw for {@code e}, met while trying to {@code what}; {@code committing}: it came from a
     * commit or a sync, which no valid statement makes fail.
     */
    StoreException failed(String what, SQLException e, boolean committing) {
        if (committing || STORE_FAILURES.contains(e.getErrorCode())) {
            markBroken(e);
        }
        return new StoreException("cannot " + what, e);
    }

    private synchronized void markBroken(Throwable e) {
        if (broken == null) {
            broken = e.toString();
            LOG.error("the database can no longer write; every write is refused (500/0100) until the server"
                    + " restarts: {}", broken, e);
        }
    }
}
