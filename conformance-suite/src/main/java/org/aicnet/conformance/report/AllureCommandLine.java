package org.aicnet.conformance.report;

import org.aicnet.conformance.KitBuild;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Allure command line (io.qameta.allure:allure-commandline, unpacked), run as a child process with the kit's own
 * Java to render allure-results/ into one self-contained HTML file, offline: ALLURE_NO_ANALYTICS=true keeps the
 * tracker script out of the page and stops the generator from reporting home. The build unpacks it into
 * {@code target/allure/allure-VERSION}, beside the kit's jar, where {@link #besideTheKit()} looks; {@code
 * --allure-home} names another folder.
 */
public final class AllureCommandLine {

    static final String MAIN_CLASS = "io.qameta.allure.CommandLine";
    private static final long TIMEOUT_MINUTES = 5;

    private final Path home;

    private AllureCommandLine(Path home) {
        this.home = home;
    }

    /** The command line unpacked in the folder, if it is one. */
    public static Optional<AllureCommandLine> at(Path home) {
        return isAllureHome(home) ? Optional.of(new AllureCommandLine(home.toAbsolutePath())) : Optional.empty();
    }

    /** Where the kit looks when no folder is given: allure/allure-VERSION beside its jar (or classes folder). */
    public static Path besideTheKit() {
        try {
            Path kit = Path.of(KitBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return kit.toAbsolutePath().getParent().resolve("allure")
                    .resolve("allure-" + KitBuild.allureCommandlineVersion());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of("allure", "allure-" + KitBuild.allureCommandlineVersion()).toAbsolutePath();
        }
    }

    static boolean isAllureHome(Path home) {
        Path lib = home.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return false;
        }
        try (Stream<Path> jars = Files.list(lib)) {
            return jars.anyMatch(jar -> jar.getFileName().toString().startsWith("allure-commandline-"));
        } catch (IOException e) {
            return false;
        }
    }

    public Path home() {
        return home;
    }

    /**
     * Renders the results into {@code report/index.html}, the output of the command going to {@code log}; a
     * failure of the command is a {@link ReportError} naming the log.
     */
    public Path render(Path results, Path report, Path log) {
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
        List<String> command = List.of(java.toString(), "-cp",
                home.resolve("lib") + File.separator + "*" + File.pathSeparator + home.resolve("lib").resolve("config"),
                MAIN_CLASS, "generate", "--single-file", "--clean", "--name", "T/AI 123.8 conformance",
                "-o", report.toAbsolutePath().toString(), results.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("ALLURE_NO_ANALYTICS", "true");
        builder.environment().put("APP_HOME", home.toString());
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new ReportError("the Allure command line at " + home + " did not finish within "
                        + TIMEOUT_MINUTES + " minutes; its output is in " + log);
            }
            if (process.exitValue() != 0) {
                throw new ReportError("the Allure command line at " + home + " failed with exit code "
                        + process.exitValue() + "; its output is in " + log);
            }
        } catch (IOException e) {
            throw new ReportError("cannot run the Allure command line at " + home + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportError("interrupted while the Allure command line rendered the report", e);
        }
        Path index = report.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            throw new ReportError("the Allure command line at " + home + " wrote no " + index + "; its output is in "
                    + log);
        }
        return index;
    }
}
