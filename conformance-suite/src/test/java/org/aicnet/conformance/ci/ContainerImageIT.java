package org.aicnet.conformance.ci;

import org.aicnet.conformance.e2e.ReferenceNetwork;
import org.aicnet.server.ReferenceServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's container image (target/aicnet-conformance-image.tar, built by Jib from scratch) run as a vendor's CI
 * runs it, {@code docker run -e AICNET_... image [flags]}: its own Java and libraries only, nothing of this machine's
 * but the kernel and the network. Runs after the package phase of the build (surefire execution image-tests).
 */
class ContainerImageIT {

    /** One quick check: the image is under test here, not the platform. */
    private static final String TAGS = "@req:A.5-endpoint";

    @TempDir
    static Path directory;

    private static OciImage image;
    private static Path root;
    private static ReferenceServer server;

    @BeforeAll
    static void unpackTheImage() throws Exception {
        String built = System.getProperty("aicnet.image");
        Assumptions.assumeTrue(built != null, "runs after the package phase only, once the image is built");
        Path tarball = Path.of(built);
        assertTrue(Files.isRegularFile(tarball), "the image is not built: " + tarball.toAbsolutePath());
        String unavailable = ContainerRun.unavailable();
        Assumptions.assumeTrue(unavailable == null, unavailable);
        image = OciImage.unpack(tarball, directory);
        root = image.rootFileSystem(directory.resolve("root"));
        server = ReferenceNetwork.start(ReferenceNetwork.configuration(directory, "PT24H"), directory.resolve("data"));
    }

    @AfterAll
    static void stopTheReferenceServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theImageStartsTheKitFromItsOwnRuntime() {
        assertEquals("/opt/java/bin/java", image.entrypoint().get(0), image.entrypoint().toString());
        assertEquals("/work", image.workingDirectory());
        assertTrue(Files.isExecutable(root.resolve("opt/java/bin/java")), "java is not executable in the image");
        assertTrue(Files.isDirectory(root.resolve("app/allure")), "no Allure command line in the image");
    }

    @Test
    void itListsTheChecksWithoutCredentials() throws Exception {
        ContainerRun.Result run = ContainerRun.run(image, root, Map.of(), List.of("--list"));
        assertEquals(0, run.exitCode(), run.output());
        Matcher count = Pattern.compile("(?m)^(\\d+) checks$").matcher(run.output());
        assertTrue(count.find() && Integer.parseInt(count.group(1)) > 100, run.output());
    }

    @Test
    void itChecksAPlatformAndWritesEveryReportIntoItsWorkingDirectory() throws Exception {
        Map<String, String> variables = Map.of(
                "AICNET_BASE_URL", server.baseUrl(),
                "AICNET_USER", ReferenceNetwork.ALICE.name(),
                "AICNET_PASSWORD", ReferenceNetwork.ALICE.password(),
                "AICNET_USER2", ReferenceNetwork.BOB.name(),
                "AICNET_PASSWORD2", ReferenceNetwork.BOB.password());
        ContainerRun.Result run = ContainerRun.run(image, root, variables,
                List.of("--tags", TAGS, "--report-dir", "reports"));
        assertEquals(0, run.exitCode(), run.output());
        Path reports = root.resolve("work/reports");
        String compliance = Files.readString(reports.resolve("compliance.json"));
        assertTrue(compliance.contains("\"verdict\" : \"PASS\""), compliance);
        Path allure = reports.resolve("allure-report/index.html");
        assertTrue(Files.isRegularFile(allure) && Files.size(allure) > 100_000,
                "the image's Allure command line rendered no report:\n" + run.output());
    }
}
