package org.aicnet.server.backend;

import java.util.List;

/**
 * Runs an external command of a backend (nvidia-smi, sbatch, squeue, ...) and returns what it printed. Every command
 * a backend runs goes through one of these, so that a test can put recorded outputs in place of a real cluster.
 */
@FunctionalInterface
public interface CommandRunner {

    /** Runs the command to its end; a command that cannot be started or does not end in time is an exception. */
    CommandResult run(List<String> command) throws BackendException;
}
