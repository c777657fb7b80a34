package org.aicnet.server.backends;

import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.simulated.SimulatedBackendProvider;
import org.aicnet.server.config.ConfigException;
import org.aicnet.server.config.ConfigLoader;
import org.aicnet.server.config.NetworkConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backends are found through ServiceLoader, one per center as its configuration names it. */
class BackendsTest {

    @TempDir
    Path directory;

    @Test
    void theSimulatedBackendIsFoundOnTheClassPath() {
        assertTrue(Backends.providers().get(SimulatedBackendProvider.TYPE) instanceof SimulatedBackendProvider);
    }

    @Test
    void everyCenterGetsTheBackendItsConfigurationNames() throws BackendException {
        NetworkConfig config = TestNetworks.load(directory);
        try (Backends backends = Backends.create(config, directory)) {
            assertEquals(2, backends.of(TestNetworks.GPU_CENTER).capacity().get(0).count());
            assertEquals(1, backends.of(TestNetworks.NPU_CENTER).capacity().get(0).count());
            assertThrows(IllegalArgumentException.class, () -> backends.of("no-such-center"));
        }
    }

    @Test
    void anUnknownTypeIsAConfigurationErrorNamingTheTypesOnOffer() {
        String yaml = TestNetworks.yaml().replaceFirst("    specs: \\[gpu-1, gpu-4, gpu-8, cpu-2]",
                "    specs: [gpu-1, gpu-4, gpu-8, cpu-2]\n    backend: {type: quantum}");
        NetworkConfig config = ConfigLoader.load(TestNetworks.write(directory, yaml)).config();
        ConfigException e = assertThrows(ConfigException.class, () -> Backends.create(config, directory));
        assertEquals("center 'gpu-center': unknown backend type 'quantum'; "
                + "the types on offer are [kubernetes, local, simulated, slurm, unreliable]", e.getMessage());
        ConfigException atStart = assertThrows(ConfigException.class, () -> ReferenceServer.start(new ServerOptions(
                TestNetworks.write(directory, yaml), ServerOptions.DEFAULT_HOST, 0, directory.resolve("data"))));
        assertTrue(atStart.getMessage().contains("unknown backend type 'quantum'"), atStart.getMessage());
    }
}
