package org.aicnet.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class-data archive the package phase makes beside the jar (src/build/class-data-archive.sh): a start that must
 * map it ({@code -Xshare:on}) on a fresh data directory takes the classes of every part of a start from it, not from
 * the jar (picocli's aside, Java 5 class files, which CDS does not archive, fewer than one in a hundred), and
 * {@code --exit-after-start} stops the server once it listens. Runs in the package phase.
 */
class ClassDataArchiveJarIT {

    private static final String FROM_ARCHIVE = "source: shared objects file (top)";
    /** One class of each part of a start: the server, configuration, store, migrations, schemas, HTTP. */
    private static final List<String> START_CLASSES = List.of("org.aicnet.server.ReferenceServer",
            "org.yaml.snakeyaml.parser.ParserImpl", "org.h2.Driver", "org.flywaydb.core.Flyway",
            "com.networknt.schema.SchemaRegistry", "io.javalin.Javalin", "org.eclipse.jetty.server.Server");

    @TempDir
    Path directory;

    @Test
    void aFreshStartTakesItsClassesFromTheArchive() throws Exception {
        Path jar = ServerProcess.jar();
        Path archive = jar.resolveSibling("aicnet-server.jsa");
        assertTrue(Files.isRegularFile(archive), archive + " is made by the package phase");
        Path output = directory.resolve("output.txt");
        Process start = new ProcessBuilder(ServerProcess.java(), "-XX:SharedArchiveFile=" + archive, "-Xshare:on",
                "-Xlog:class+load=info", "-jar", jar.toString(), "--exit-after-start", "--port", "0",
                "--host", "127.0.0.1", "--data-dir", directory.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(start.waitFor(60, TimeUnit.SECONDS), "the start with --exit-after-start ended");
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        String text = String.join("\n", lines);
        assertEquals(0, start.exitValue(), text);
        assertAll(START_CLASSES.stream().map(name -> () -> assertTrue(
                lines.stream().anyMatch(line -> line.contains(" " + name + " " + FROM_ARCHIVE)),
                name + " is loaded from the archive")));
        // a start may take a path the archiving start did not (a background writer's timing, say) and read its
        // classes from the jar: a few, not a share
        List<String> fromJar = lines.stream().filter(line -> line.endsWith("source: file:" + jar.toAbsolutePath()))
                .filter(line -> !line.contains("] picocli.")).toList();
        long fromArchive = lines.stream().filter(line -> line.endsWith(FROM_ARCHIVE)).count();
        assertTrue(fromArchive > 1000 && fromJar.size() * 100L < fromArchive,
                fromArchive + " classes from the archive, read from the jar: " + fromJar);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("aicnet reference server listening on ")),
                "it listened before it stopped");
    }
}
