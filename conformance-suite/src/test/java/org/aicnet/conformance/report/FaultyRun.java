package org.aicnet.conformance.report;

import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.e2e.ReferenceNetwork;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two real runs of the checks of {@link #TAGS} into one report folder, as a vendor would make them: first against a
 * sound reference server, then against one with the fault {@value #FAULT} (every center without its province, so
 * that one broken shape fails many checks). The second run's reports, Allure's included, are what the tests look at:
 * failures grouped by cause, the exchanges, and the new failures since the first run.
 */
final class FaultyRun {

    static final String FAULT = "centers-without-province";
    static final String TAGS = "@clause:7.3.1 or @clause:7.3.2";

    /** The folder of both runs' reports and what the second run wrote. */
    record Reports(ReportDirectory directory, RunResult result, RunReports.Written written) {
    }

    private FaultyRun() {
    }

    static Reports into(Path folder) {
        ReportDirectory directory = ReportDirectory.of(Optional.of(folder.resolve("reports")), "fault-run");
        run(folder.resolve("sound"), List.of(), directory);
        return run(folder.resolve("faulty"), List.of(FAULT), directory);
    }

    private static Reports run(Path data, List<String> faults, ReportDirectory directory) {
        try (ReferenceServer server = ReferenceServer.start(new ServerOptions(
                ReferenceNetwork.configuration(data, "PT24H"), ServerOptions.DEFAULT_HOST, 0, data.resolve("data"),
                faults))) {
            Map<Setting, String> flags = ReferenceNetwork.settings(server);
            flags.put(Setting.TAGS, TAGS);
            flags.put(Setting.RUN_ID, "fault-run");
            flags.put(Setting.REQUEST_TIMEOUT, "PT10S");
            SuiteRun run = new SuiteRun(new ConfigSources().flags(flags).build(),
                    new PrintStream(OutputStream.nullOutputStream()));
            directory.prepare();
            RunResult result = run.plugin(AllureResultsPlugin.option(directory.allureResults()))
                    .keepSecretsOutOf(directory.allureResults()).execute();
            return new Reports(directory, result, new RunReports(directory, AllureHome.fromBuild(), "test")
                    .write(result));
        }
    }
}
