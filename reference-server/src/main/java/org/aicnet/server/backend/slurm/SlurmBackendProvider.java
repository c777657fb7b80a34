package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.BackendProvider;
import org.aicnet.server.backend.ProcessCommandRunner;

/** The {@value #TYPE} backend: every job a Slurm job of the cluster the center's settings point at. */
public final class SlurmBackendProvider implements BackendProvider {

    public static final String TYPE = "slurm";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AcceleratorBackend create(BackendContext context) throws BackendException {
        SlurmSettings settings = SlurmSettings.of(context.settings());
        return SlurmBackend.start(context, settings,
                new ProcessCommandRunner(settings.environment(), settings.commandTimeout()));
    }
}
