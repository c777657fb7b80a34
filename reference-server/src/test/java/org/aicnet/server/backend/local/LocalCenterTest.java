package org.aicnet.server.backend.local;

import org.aicnet.server.backend.RealCenterContract;

/** A reference server whose center runs its tasks as processes of this machine. */
class LocalCenterTest extends RealCenterContract {

    @Override
    protected String backend() {
        return "{type: local, settings: {nvidiaSmi: '', stopGracePeriod: PT2S}}";
    }
}
