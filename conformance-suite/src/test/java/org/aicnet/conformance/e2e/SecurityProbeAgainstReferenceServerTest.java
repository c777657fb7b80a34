package org.aicnet.conformance.e2e;

import org.aicnet.conformance.advisories.SecurityProbe;
import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.platform.Authenticator;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.server.ReferenceServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security probe against the reference server, reached over plain http on loopback: no TLS is advised, the
 * reference server's headers and token handling are not, and the configured user can still log in afterwards (the
 * probe's one wrong password froze nothing).
 */
class SecurityProbeAgainstReferenceServerTest {

    @TempDir
    Path directory;

    @Test
    void advisesNoTlsOnlyAndFreezesNoAccount() {
        Path data = directory.resolve("data");
        try (ReferenceServer server = ReferenceNetwork.start(ReferenceNetwork.configuration(directory, "PT24H"),
                data)) {
            Map<Setting, String> flags = ReferenceNetwork.settings(server);
            SuiteConfig config = new ConfigSources().flags(flags).build();
            PlatformClient client = new PlatformClient(config, exchange -> { });

            Map<String, String> advisories = new SecurityProbe(config, client).probe("probe-test");

            assertTrue(advisories.containsKey(SecurityProbe.NO_TLS), advisories.toString());
            assertFalse(advisories.containsKey(SecurityProbe.TOKEN_IN_QUERY), advisories.toString());
            assertFalse(advisories.containsKey(SecurityProbe.NO_NOSNIFF), advisories.toString());
            assertFalse(advisories.containsKey(SecurityProbe.TOKEN_CACHEABLE), advisories.toString());
            assertFalse(advisories.containsKey("probe not finished"), advisories.toString());
            for (int run = 0; run < ReferenceNetwork.MAX_FAILED_LOGINS; run++) {
                new SecurityProbe(config, client).probe("probe-test-" + run);
            }
            assertEquals(2, new Authenticator(client, (topic, choice) -> { }).login(config.primaryUser()).status()
                    / 100, "the configured user must still log in after as many probes as failed log-ins freeze");
        }
    }
}
