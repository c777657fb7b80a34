package org.aicnet.server;

import org.aicnet.server.passwords.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line: an unusable configuration is reported on stderr with status 2; a data directory another server
 * holds, with status 1; {@code --hash-password} prints the hash form of a password read from standard input.
 */
class MainTest {

    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream original = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CommandLine(new Main()).execute(args);
        } finally {
            System.setErr(original);
        }
    }

    /** H2 shares an open database within one process, so the second server runs in a process of its own. */
    @Test
    void aDataDirectoryInUseExitsWith1AndSaysWhy(@TempDir Path directory) throws IOException, InterruptedException {
        Path data = directory.resolve("data");
        try (ReferenceServer running = TestServers.start(data)) {
            ServerProcess second = ServerProcess.start(List.of("-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "--data-dir", data.toString(), "--port", "0"));
            int status = second.awaitExit(Duration.ofSeconds(60));
            String message = String.join("\n", second.output());
            assertEquals(1, status, message);
            assertTrue(message.contains("aicnet-server: cannot open the database in " + data.toAbsolutePath()
                    + " (is another server using this data directory?)"), message);
        }
    }

    @Test
    void anInvalidConfigurationExitsWith2AndSaysWhy(@TempDir Path directory) throws IOException {
        Path config = Files.writeString(directory.resolve("bad.yaml"), """
                centers:
                  - {id: c1, processorType: GPU, joinedAt: "2024-01-01 00:00:00", specs: [nope]}
                accounts: [{name: carol, password: carol-secret}]
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(err, "--config", config.toString(), "--data-dir", directory.resolve("data").toString(),
                "--port", "0");
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, message);
        assertTrue(message.startsWith("aicnet-server: " + config), message);
        assertTrue(message.contains("centers[0] 'c1'.specs: unknown spec id 'nope'"), message);
    }

    @Test
    void hashPasswordPrintsAHashOfTheLineItReadsThatTheConfigurationTakes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, withStandardStreams("carol's secret\n", out, err, "--hash-password"), err.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.endsWith("\n") && printed.lines().count() == 1, printed);
        PasswordHash hash = PasswordHash.parse(printed.strip()).orElseThrow(() -> new AssertionError(printed));
        assertTrue(hash.matches("carol's secret"));
        assertFalse(hash.matches("carol's secret\n"), "the line break ends the password");
        assertFalse(printed.contains("carol"), "the password itself is not printed");
    }

    @Test
    void hashPasswordRefusesAnEmptyPassword() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, withStandardStreams("\n", out, err, "--hash-password"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("aicnet-server: --hash-password reads one non-empty line: the password",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    private static int withStandardStreams(String in, ByteArrayOutputStream out, ByteArrayOutputStream err,
                                           String... args) {
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        try {
            System.setIn(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            return run(err, args);
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
        }
    }
}
