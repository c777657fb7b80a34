package org.aicnet.server.replicas;

import org.aicnet.server.store.Database;

/**
 * Which replica of the server schedules (docs/replicas.md): exactly one at a time holds the lease, runs the
 * scheduler's rounds and talks to the backends; the others store what they are asked and wake the holder.
 */
public interface SchedulerLease extends AutoCloseable {

    /** A server alone on its store (the embedded H2 file): it always holds the lease. */
    SchedulerLease SOLE = new SchedulerLease() {
        @Override
        public boolean shared() {
            return false;
        }

        @Override
        public boolean held() {
            return true;
        }

        @Override
        public void wakeHolder() {
            // the caller is the holder
        }

        @Override
        public void close() {
            // nothing held
        }
    };

    /** The lease of the store: {@link AdvisoryLease} where replicas may share it, else {@link #SOLE}. */
    static SchedulerLease of(Database database, Runnable onWake) {
        return database.shared() ? AdvisoryLease.start(database, onWake) : SOLE;
    }

    /** Whether other replicas may run beside this one, so that the holder may change. */
    boolean shared();

    /** Whether this replica holds the lease now. */
    boolean held();

    /** Asks the holder for a scheduler round soon: after a submission or a stop that this replica stored. */
    void wakeHolder();

    @Override
    void close();
}
