package org.aicnet.server.backend.local;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.BackendProvider;
import org.aicnet.server.backend.ProcessCommandRunner;

import java.time.Duration;
import java.util.Map;

/** The {@value #TYPE} backend: every task a process group of the machine the server runs on. */
public final class LocalBackendProvider implements BackendProvider {

    public static final String TYPE = "local";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AcceleratorBackend create(BackendContext context) throws BackendException {
        return LocalBackend.start(context, LocalSettings.of(context.settings()),
                new ProcessCommandRunner(Map.of(), COMMAND_TIMEOUT));
    }
}
