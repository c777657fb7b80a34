package org.aicnet.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: an unusable configuration is reported on stderr and exits with status 2. */
class MainTest {

    @Test
    void anInvalidConfigurationExitsWith2AndSaysWhy(@TempDir Path directory) throws IOException {
        Path config = Files.writeString(directory.resolve("bad.yaml"), """
                centers:
                  - {id: c1, processorType: GPU, joinedAt: "2024-01-01 00:00:00", specs: [nope]}
                accounts: [{name: carol, password: carol-secret}]
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = new CommandLine(new Main()).execute("--config", config.toString(),
                    "--data-dir", directory.resolve("data").toString(), "--port", "0");
        } finally {
            System.setErr(original);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, message);
        assertTrue(message.startsWith("aicnet-server: " + config), message);
        assertTrue(message.contains("centers[0] 'c1'.specs: unknown spec id 'nope'"), message);
    }
}
