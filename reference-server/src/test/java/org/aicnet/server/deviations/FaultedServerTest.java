package org.aicnet.server.deviations;

import org.aicnet.server.Main;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.aicnet.server.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults switched on from the command line and from the configuration, as a server started with them answers. */
class FaultedServerTest {

    @TempDir
    Path directory;

    @Test
    void faultsOfTheConfigurationAndOfTheOptionsAreBothSwitchedOn() {
        Path config = TestServers.config(directory, defaultNetwork() + "\nfaults: [unknown-path-as-400]\n");
        try (ReferenceServer server = ReferenceServer.start(new ServerOptions(config, ServerOptions.DEFAULT_HOST, 0,
                directory.resolve("data"), List.of("wrong-method-without-allow")))) {
            assertEquals("unknown-path-as-400, wrong-method-without-allow", server.faultNames());
            assertEquals(400, given(TestServers.request(server)).get("/no/such/path").statusCode());
            var wrongMethod = given(TestServers.request(server)).delete("/centers");
            assertEquals(405, wrongMethod.statusCode());
            assertEquals(null, wrongMethod.header("Allow"));
        }
    }

    static String defaultNetwork() {
        try (InputStream in = ReferenceServer.class.getClassLoader().getResourceAsStream("default-network.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUnknownFaultOnTheCommandLineExitsWith2AndListsTheFaults() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = new CommandLine(new Main()).execute("--fault", "no-such-fault",
                    "--data-dir", directory.resolve("data").toString(), "--port", "0");
        } finally {
            System.setErr(original);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, message);
        assertTrue(message.startsWith("aicnet-server: unknown fault 'no-such-fault'; the faults are: "), message);
        assertTrue(message.contains(Fault.DELETED_JOB_STILL_READABLE.id()), message);
    }
}
