package org.aicnet.conformance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium as the tests drive it: a fresh profile per start, no network services of its own, console
 * messages logged to stderr, so that a test can read the DOM after the page's script ran, the page's console
 * messages and a screenshot.
 */
final class Chromium {

    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");
    private static final long TIMEOUT_SECONDS = 60;

    /** What one start of Chromium left: the rendered DOM (for --dump-dom) and the console messages of the page. */
    record Page(String dom, List<String> console) {
    }

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** Debian's chromium (/usr/bin/chromium), or chromium or chromium-browser on the PATH. */
    static Optional<Chromium> find() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")));
        return Stream.concat(Stream.of(Path.of("/usr/bin/chromium")), onPath).filter(Files::isExecutable)
                .findFirst().map(Chromium::new);
    }

    /** The DOM of the page once its script ran, and its console messages. */
    Page dumpDom(Path page, String fragment) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", url(page, fragment)));
    }

    /**
     * The DOM of a page that renders itself by script after loading (Allure's report), once {@code millis} of
     * virtual time have passed.
     */
    Page dumpDomAfter(Path page, String fragment, int millis) throws IOException, InterruptedException {
        return run(List.of("--virtual-time-budget=" + millis, "--dump-dom", url(page, fragment)));
    }

    /** A screenshot of the top of the page in a window of that size; returns the console messages. */
    Page screenshot(Path page, String fragment, Path png, int width, int height)
            throws IOException, InterruptedException {
        return screenshot(page, fragment, png, width, height, List.of());
    }

    /** A screenshot of a page that renders itself by script, once {@code millis} of virtual time have passed. */
    Page screenshotAfter(Path page, String fragment, Path png, int width, int height, int millis)
            throws IOException, InterruptedException {
        return screenshot(page, fragment, png, width, height, List.of("--virtual-time-budget=" + millis));
    }

    private Page screenshot(Path page, String fragment, Path png, int width, int height, List<String> more)
            throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        List<String> arguments = new ArrayList<>(more);
        arguments.addAll(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", url(page, fragment)));
        return run(arguments);
    }

    private Page run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("aicnet-chromium-profile");
        Path stdout = Files.createTempFile("aicnet-chromium", ".out");
        Path stderr = Files.createTempFile("aicnet-chromium", ".err");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("chromium exited with " + process.exitValue() + ": "
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            List<String> console = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                    .filter(line -> CONSOLE.matcher(line).find()).toList();
            return new Page(Files.readString(stdout, StandardCharsets.UTF_8), console);
        } finally {
            deleteTree(profile);
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static String url(Path page, String fragment) {
        return page.toAbsolutePath().toUri() + (fragment == null ? "" : "#" + fragment);
    }

    private static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
