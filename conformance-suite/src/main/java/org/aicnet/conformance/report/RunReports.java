package org.aicnet.conformance.report;

import org.aicnet.conformance.ledger.Ledger;
import org.aicnet.conformance.ledger.LedgerFormatException;
import org.aicnet.conformance.ledger.Readings;
import org.aicnet.conformance.run.RunResult;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes every report of a finished run, whatever its outcome: reads the report an earlier run left in the folder (to
 * compare with), builds the one model, writes each format from it, completes the Allure results (environment,
 * categories, evidence), renders the Allure report when the Allure command line is there, and points reports/latest
 * at the run. Any
 * failure is a {@link ReportError}: the runner reports it as a harness error, never ignores it.
 */
public final class RunReports {

    /** What was written: the model, the files, the Allure report (when rendered) and the latest pointer. */
    public record Written(ComplianceReport report, List<Path> files, Optional<Path> allureReport,
                          Optional<Path> latest) {
    }

    private final ReportDirectory directory;
    private final Optional<AllureCommandLine> allure;
    private final String kitVersion;

    public RunReports(ReportDirectory directory, Optional<AllureCommandLine> allure, String kitVersion) {
        this.directory = directory;
        this.allure = allure;
        this.kitVersion = kitVersion;
    }

    public Written write(RunResult run) {
        ComplianceReport report;
        Optional<PreviousRun> previous = directory.previousReport().flatMap(PreviousRun::read);
        try {
            report = new ComplianceReportBuilder(Ledger.load(), Readings.load(), kitVersion).build(run, previous);
        } catch (LedgerFormatException | IllegalStateException | UncheckedIOException e) {
            throw new ReportError("kit defect: the requirement ledger cannot be read: " + e.getMessage(), e);
        }
        List<Path> files = directory.write(report);
        try {
            AllureEnvironment.write(directory.allureResults(), report);
            AllureCategories.write(directory.allureResults(), report.causes());
            AllureEvidence.write(directory.allureResults(), run.checks(), report.causes());
        } catch (UncheckedIOException e) {
            throw new ReportError("cannot complete the Allure results in " + directory.allureResults() + ": "
                    + e.getMessage(), e);
        }
        Optional<Path> allureReport = allure.map(commandLine -> commandLine.render(directory.allureResults(),
                directory.allureReport(), directory.allureLog()));
        return new Written(report, files, allureReport, directory.pointLatest());
    }
}
