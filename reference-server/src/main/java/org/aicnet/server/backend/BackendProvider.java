package org.aicnet.server.backend;

/**
 * Makes backends of one type; registered in META-INF/services/org.aicnet.server.backend.BackendProvider so that a
 * backend shipped as its own jar is found on the class path.
 */
public interface BackendProvider {

    /** The type a center names in the configuration, for example {@code simulated}, {@code local}, {@code slurm}. */
    String type();

    AcceleratorBackend create(BackendContext context) throws BackendException;
}
