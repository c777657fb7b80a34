package org.aicnet.conformance.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDirectoryTest {

    @TempDir
    Path root;

    @Test
    void latestLeadsToTheNewestRun() throws Exception {
        ReportDirectory first = ReportDirectory.inRoot(root, "run-1");
        first.prepare();
        assertEquals(Optional.of(root.resolve("latest")), first.pointLatest());
        ReportDirectory second = ReportDirectory.inRoot(root, "run-2");
        second.prepare();
        second.write(SampleRun.report());
        second.pointLatest();
        Path latest = root.resolve(ReportDirectory.LATEST_LINK);
        assertTrue(Files.isSymbolicLink(latest));
        assertEquals(Path.of("run-2"), Files.readSymbolicLink(latest), "a relative link, so the folder can move");
        assertTrue(Files.isRegularFile(latest.resolve(ComplianceJson.FILE)));
        assertFalse(Files.exists(root.resolve(ReportDirectory.LATEST_FILE)));
    }

    @Test
    void aFileNamesTheNewestRunWhereNoLinkCanBeMade() throws Exception {
        Files.createDirectories(root.resolve(ReportDirectory.LATEST_LINK));
        ReportDirectory run = ReportDirectory.inRoot(root, "run-3");
        run.prepare();
        assertEquals(Optional.of(root.resolve(ReportDirectory.LATEST_FILE)), run.pointLatest());
        assertEquals("run-3", Files.readString(root.resolve(ReportDirectory.LATEST_FILE)).strip());
    }

    @Test
    void aConfiguredDirectoryGetsNoLatestPointer() throws Exception {
        ReportDirectory run = ReportDirectory.of(Optional.of(root.resolve("ci")), "run-4");
        run.prepare();
        assertEquals(Optional.empty(), run.pointLatest());
        assertEquals(root.resolve("ci"), run.path());
    }

    @Test
    void preparingEmptiesTheAllureResultsOfAnEarlierRunWithTheSameId() throws Exception {
        ReportDirectory run = ReportDirectory.inRoot(root, "same-id");
        run.prepare();
        Files.writeString(run.allureResults().resolve("old-result.json"), "{}");
        run.prepare();
        try (var files = Files.list(run.allureResults())) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsAReportError() throws Exception {
        Files.writeString(root.resolve("a-file"), "");
        ReportDirectory run = ReportDirectory.of(Optional.of(root.resolve("a-file").resolve("reports")), "x");
        ReportError error = org.junit.jupiter.api.Assertions.assertThrows(ReportError.class, run::prepare);
        assertTrue(error.getMessage().contains("cannot prepare the report directory"), error.getMessage());
    }
}
