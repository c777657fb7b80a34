package org.aicnet.server.backend.simulated;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendProvider;

/** The {@value #TYPE} backend: tasks whose commands steer their outcome, on the nodes the configuration declares. */
public final class SimulatedBackendProvider implements BackendProvider {

    public static final String TYPE = "simulated";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AcceleratorBackend create(BackendContext context) throws org.aicnet.server.backend.BackendException {
        return new SimulatedBackend(context, SimulatedBackend.queueTime(context));
    }
}
