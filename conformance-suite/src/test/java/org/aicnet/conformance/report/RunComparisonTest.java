package org.aicnet.conformance.report;

import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The changes since the previous run, read back from the compliance.json it left in the report folder. */
class RunComparisonTest {

    @TempDir
    Path folder;

    @Test
    void namesTheNewFailuresTheFixedOnesAndThoseNoLongerJudged() throws Exception {
        Path earlier = folder.resolve(ComplianceJson.FILE);
        Files.writeString(earlier, new ComplianceJson().render(SampleRun.report()));
        PreviousRun previous = PreviousRun.read(earlier).orElseThrow();
        assertEquals("aicnet-20251127-080000", previous.runId());

        RunResult sample = SampleRun.result();
        List<CheckResult> now = sample.checks().stream().map(check -> switch (check.id()) {
            case "auth:5" -> with(check, Outcome.FAIL, "expected HTTP 201, got HTTP 500");
            case "protocol:14" -> with(check, Outcome.PASS, null);
            case "centers:40" -> with(check, Outcome.SKIP, "non-destructive mode");
            default -> check;
        }).toList();
        RunResult run = new RunResult("aicnet-20251128-080000", sample.baseUrl(), sample.started(), sample.finished(),
                sample.configuration(), now, sample.cleanupNotes(), sample.readingsChosen(),
                sample.requirementsWithChecks());
        RunComparison comparison = SampleRun.builder().build(run, Optional.of(previous)).comparison().orElseThrow();

        assertEquals("aicnet-20251127-080000", comparison.previousRunId());
        assertEquals(List.of(new RunComparison.Change("auth:5", "The user logs in and gets a token", "PASS", "FAIL")),
                comparison.newFailures());
        assertEquals(List.of("protocol:14"), comparison.fixed().stream().map(RunComparison.Change::id).toList());
        assertEquals(List.of("centers:40"), comparison.noLongerJudged().stream().map(RunComparison.Change::id)
                .toList());
        assertEquals(2, comparison.stillFailing(), "auth:20 and misc:3 err in both runs");
    }

    @Test
    void aMissingOrForeignFileGivesNoPreviousRun() throws Exception {
        assertTrue(PreviousRun.read(folder.resolve(ComplianceJson.FILE)).isEmpty());
        Path foreign = Files.writeString(folder.resolve(ComplianceJson.FILE), "{\"not\": \"a report\"}");
        assertTrue(PreviousRun.read(foreign).isEmpty());
        Files.writeString(foreign, "{ broken");
        assertTrue(PreviousRun.read(foreign).isEmpty());
    }

    @Test
    void aReportDirectoryFindsTheReportItsLatestRunLeft() throws Exception {
        ReportDirectory first = ReportDirectory.inRoot(folder, "run-1");
        first.prepare();
        first.write(SampleRun.report());
        ReportDirectory second = ReportDirectory.inRoot(folder, "run-2");
        assertTrue(second.previousReport().isEmpty(), "no latest pointer yet");
        first.pointLatest();
        Path found = second.previousReport().orElseThrow(() -> new AssertionError("latest leads to run-1"));
        assertTrue(Files.isSameFile(first.path().resolve(ComplianceJson.FILE), found), found.toString());
    }

    private static CheckResult with(CheckResult check, Outcome outcome, String message) {
        return new CheckResult(check.id(), check.feature(), check.name(), check.tags(), check.requirements(),
                check.mandatory(), outcome, message, check.duration(), check.evidence());
    }
}
