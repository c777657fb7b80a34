package org.aicnet.conformance.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder of one run's reports: {@code reports/<run id>/} unless the configuration names another. It holds
 * compliance.json, compliance.html, compliance.md, badge.svg, matrix.svg, junit.xml, allure-results/ and, when the Allure
 * command line is there, allure-report/. In the default layout {@code reports/latest} leads to the newest run: a
 * symbolic link, or, where the file system cannot make one, the file {@code reports/latest.txt} naming the run's
 * folder.
 */
public final class ReportDirectory {

    public static final Path DEFAULT_ROOT = Path.of("reports");
    public static final String LATEST_LINK = "latest";
    public static final String LATEST_FILE = "latest.txt";
    public static final String ALLURE_RESULTS = "allure-results";
    public static final String ALLURE_REPORT = "allure-report";
    public static final String ALLURE_LOG = "allure-generate.log";

    /** Every format of the report, each written from the same model. */
    public static final List<ReportFormat> FORMATS = List.of(new ComplianceJson(), new ComplianceHtml(),
            new ComplianceMarkdown(), new BadgeSvg(), new MatrixSvg(), new JunitXml());

    private final Path path;
    private final boolean defaultLayout;

    private ReportDirectory(Path path, boolean defaultLayout) {
        this.path = path;
        this.defaultLayout = defaultLayout;
    }

    /** The configured folder, or reports/&lt;run id&gt; (with reports/latest) when none is configured. */
    public static ReportDirectory of(Optional<Path> configured, String runId) {
        return configured.map(dir -> new ReportDirectory(dir, false)).orElseGet(() -> inRoot(DEFAULT_ROOT, runId));
    }

    /** The default layout under another root than reports/. */
    static ReportDirectory inRoot(Path root, String runId) {
        return new ReportDirectory(root.resolve(runId), true);
    }

    public Path path() {
        return path;
    }

    public Path allureResults() {
        return path.resolve(ALLURE_RESULTS);
    }

    public Path allureReport() {
        return path.resolve(ALLURE_REPORT);
    }

    public Path allureLog() {
        return path.resolve(ALLURE_LOG);
    }

    /** Creates the folder and empties allure-results/, so that a run id used again does not mix two runs. */
    public void prepare() {
        try {
            Files.createDirectories(path);
            deleteTree(allureResults());
            Files.createDirectories(allureResults());
        } catch (IOException e) {
            throw new ReportError("cannot prepare the report directory " + path + ": " + e, e);
        }
    }

    /**
     * The compliance.json an earlier run left where this run's reports go (a configured folder, or a run id used
     * again), else, in the default layout, the one reports/latest leads to: read before this run overwrites or moves
     * it, to compare with.
     */
    public Optional<Path> previousReport() {
        Path own = path.resolve(ComplianceJson.FILE);
        if (Files.isRegularFile(own) || !defaultLayout) {
            return Optional.of(own).filter(Files::isRegularFile);
        }
        Path root = path.toAbsolutePath().getParent();
        Path link = root.resolve(LATEST_LINK);
        Path file = root.resolve(LATEST_FILE);
        try {
            Path latest = Files.isDirectory(link) ? link
                    : Files.isRegularFile(file) ? root.resolve(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : null;
            return Optional.ofNullable(latest).map(folder -> folder.resolve(ComplianceJson.FILE))
                    .filter(Files::isRegularFile);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Writes every format; returns the files written. */
    public List<Path> write(ComplianceReport report) {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : FORMATS) {
            Path file = path.resolve(format.fileName());
            String content = format.render(report);
            try {
                Files.createDirectories(path);
                Files.writeString(file, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ReportError("cannot write " + file + ": " + e, e);
            }
            written.add(file);
        }
        return written;
    }

    /**
     * In the default layout, points reports/latest at this run: a relative symbolic link, else reports/latest.txt
     * holding the run's folder name. Returns what it made; empty outside the default layout.
     */
    public Optional<Path> pointLatest() {
        if (!defaultLayout) {
            return Optional.empty();
        }
        Path root = path.toAbsolutePath().getParent();
        Path link = root.resolve(LATEST_LINK);
        Path file = root.resolve(LATEST_FILE);
        try {
            if (Files.isSymbolicLink(link)) {
                Files.delete(link);
            }
            if (!Files.exists(link)) {
                try {
                    Files.createSymbolicLink(link, path.getFileName());
                    Files.deleteIfExists(file);
                    return Optional.of(link);
                } catch (UnsupportedOperationException | FileSystemException | SecurityException e) {
                    // no links here (for example Windows without the privilege): a file names the run instead
                }
            }
            Files.writeString(file, path.getFileName() + System.lineSeparator(), StandardCharsets.UTF_8);
            return Optional.of(file);
        } catch (IOException e) {
            throw new ReportError("cannot point " + link + " at " + path + ": " + e, e);
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
