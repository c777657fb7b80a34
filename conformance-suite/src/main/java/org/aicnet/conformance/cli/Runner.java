package org.aicnet.conformance.cli;

import org.aicnet.conformance.KitBuild;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.cleanup.PastRunCleanup;
import org.aicnet.conformance.config.ConfigError;
import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.platform.SecretRedaction;
import org.aicnet.conformance.preflight.Preflight;
import org.aicnet.conformance.report.AllureCommandLine;
import org.aicnet.conformance.report.AllureResultsPlugin;
import org.aicnet.conformance.report.CheckReport;
import org.aicnet.conformance.report.ComplianceReport;
import org.aicnet.conformance.report.ReportDirectory;
import org.aicnet.conformance.report.ReportError;
import org.aicnet.conformance.report.ReportWording;
import org.aicnet.conformance.report.RunReports;
import org.aicnet.conformance.report.Tally;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar aicnet-conformance.jar --base-url URL --user U --password P [--config FILE] [--tags EXPR]
 * [--report-dir DIR] [--list]}: one flag for every {@link Setting}. After every run, whatever its outcome, it writes
 * every report format into the report directory (see {@link ReportDirectory}) and prints where. Exit code 0 when no
 * mandatory check failed or errored, 1 when one failed, 2 on a configuration or harness error, when no check ran, or
 * when the reports could not be written.
 */
public final class Runner {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int HARNESS_ERROR = 2;
    /** A run cancelled by SIGTERM or Ctrl-C: its reports are written and marked incomplete. */
    public static final int CANCELLED = RunResult.CANCELLED;
    private static final String START_SERVER = "--start-server";
    private static final String NAME = "aicnet-conformance";
    private static final String RUN = "run";
    private static final String LIST = "list";
    private static final String CLEANUP = "cleanup";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    public Runner(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(new Runner(System.out, System.err, System.getenv()).run(args));
    }

    public int run(String... args) {
        CommandLine commandLine = new CommandLine(spec(NAME, "Checks a platform against T/AI 123.8 (AI computing "
                + "network, part 8: application layer interface); the command run is the default."));
        commandLine.addSubcommand(RUN, new CommandLine(spec(RUN, "Runs the checks and writes every report "
                + "(the default command).")));
        commandLine.addSubcommand(LIST, new CommandLine(spec(LIST, "Prints the checks a run would execute, "
                + "without sending a request.")));
        commandLine.addSubcommand(CLEANUP, new CommandLine(spec(CLEANUP, "Removes what an earlier run left on the "
                + "platform, found by its run id (" + Setting.RUN_ID.flag() + " ID): stops and deletes its training "
                + "jobs, and lists what annex A gives no way to remove.")));
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            // a value its type refuses reads as the same value from the file or the environment does
            err.println(e.getCause() instanceof CommandLine.TypeConversionException refused
                    ? "aicnet-conformance: configuration error: " + refused.getMessage()
                    : "aicnet-conformance: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip() + " (see --help)");
            return HARNESS_ERROR;
        }
        ParseResult command = parsed.hasSubcommand() ? parsed.subcommand() : parsed;
        for (ParseResult each : List.of(parsed, command)) {
            if (each.isUsageHelpRequested()) {
                each.commandSpec().commandLine().usage(out);
                return OK;
            }
            if (each.isVersionHelpRequested()) {
                each.commandSpec().commandLine().printVersionHelp(out);
                return OK;
            }
        }
        String name = command == parsed ? RUN : command.commandSpec().name();
        if (has(parsed, command, "--list")) {
            name = LIST;
        }
        if (has(parsed, command, START_SERVER)) {
            Path jar = value(parsed, command, START_SERVER);
            try (ReferenceServerProcess server = ReferenceServerProcess.start(jar)) {
                out.println("Started the reference server at " + server.baseUrl());
                return configureAndRun(name, parsed, command, Map.of(Setting.BASE_URL, server.baseUrl()));
            } catch (KitError e) {
                err.println("aicnet-conformance: " + e.getMessage());
                return HARNESS_ERROR;
            }
        }
        return configureAndRun(name, parsed, command, Map.of());
    }

    private int configureAndRun(String name, ParseResult parsed, ParseResult command, Map<Setting, String> implied) {
        SuiteConfig config;
        try {
            ConfigSources sources = new ConfigSources();
            if (has(parsed, command, "--config")) {
                sources.file(value(parsed, command, "--config"));
            }
            Map<Setting, String> flags = flags(parsed);
            flags.putAll(flags(command));
            implied.forEach(flags::putIfAbsent);
            sources.environment(environment).flags(flags);
            config = LIST.equals(name) ? sources.buildForListing() : sources.build();
            if (CLEANUP.equals(name) && config.runId().isEmpty()) {
                throw new ConfigError(CLEANUP + " needs the id of the run to clean up: " + Setting.RUN_ID.flag()
                        + " ID (or " + Setting.RUN_ID.environmentVariable() + ")");
            }
        } catch (ConfigError e) {
            err.println("aicnet-conformance: configuration error: " + e.getMessage());
            return HARNESS_ERROR;
        }
        // a person at a terminal gets one line updated in place; CI logs (no console, or CI=true) plain lines
        SuiteRun run = new SuiteRun(config, out).progressMode(org.aicnet.conformance.run.ProgressPrinter.Mode.of(
                out == System.out && System.console() != null, environment));
        try {
            Optional<String> selectsNothing = TagHints.selectsNothing(config, run);
            if (selectsNothing.isPresent() && !CLEANUP.equals(name)) {
                err.println("aicnet-conformance: " + selectsNothing.get());
                return HARNESS_ERROR;
            }
            return switch (name) {
                case LIST -> list(run.list());
                case CLEANUP -> cleanup(config);
                default -> runAndReport(config, run);
            };
        } catch (KitError e) {
            err.println("aicnet-conformance: " + e.getMessage());
            return HARNESS_ERROR;
        }
    }

    /** Removes what the run of the configured run id left: the users log in once each, as before a run. */
    private int cleanup(SuiteConfig config) {
        Preflight.Result preflight = new Preflight(config).run();
        if (!preflight.passed()) {
            err.println("aicnet-conformance: preflight: " + SecretRedaction.all(preflight.problem().get(),
                    config.secretValues()));
            return HARNESS_ERROR;
        }
        List<String> secrets = new java.util.ArrayList<>(config.secretValues());
        secrets.addAll(preflight.tokens().values());
        List<String> notes = new PastRunCleanup(config, preflight.tokens()).run(config.runId().get());
        notes.forEach(note -> out.println("cleanup: " + SecretRedaction.all(note, secrets)));
        return notes.stream().anyMatch(note -> note.startsWith("could not")) ? HARNESS_ERROR : OK;
    }

    private static boolean has(ParseResult parsed, ParseResult command, String option) {
        return parsed.hasMatchedOption(option) || command.hasMatchedOption(option);
    }

    private static <T> T value(ParseResult parsed, ParseResult command, String option) {
        return command.hasMatchedOption(option) ? command.matchedOptionValue(option, null)
                : parsed.matchedOptionValue(option, null);
    }

    /** Runs the checks, then writes every report whatever their outcome; the exit code is the run's. */
    private int runAndReport(SuiteConfig config, SuiteRun run) {
        Optional<AllureCommandLine> allure = config.allureHome().map(AllureCommandLine::at)
                .orElseGet(() -> AllureCommandLine.at(AllureCommandLine.besideTheKit()));
        if (config.allureHome().isPresent() && allure.isEmpty()) {
            err.println("aicnet-conformance: configuration error: " + Setting.ALLURE_HOME.flag() + " "
                    + config.allureHome().get() + " holds no Allure command line (no lib/allure-commandline-*.jar)");
            return HARNESS_ERROR;
        }
        ReportDirectory reports = ReportDirectory.of(config.reportDir(), run.runId());
        try {
            reports.prepare();
            Preflight.Result preflight = new Preflight(config).run();
            if (!preflight.passed()) {
                return notRun(run, reports, SecretRedaction.all(preflight.problem().get(), config.secretValues()));
            }
            preflight.notes().forEach(note -> err.println("aicnet-conformance: preflight: note: "
                    + SecretRedaction.all(note, config.secretValues())));
            RunResult result;
            try (CancelOnSignal signals = CancelOnSignal.install(run.cancellation(), err)) {
                result = run.loggedIn(preflight.tokens(), preflight.readingsChosen())
                        .plugin(AllureResultsPlugin.option(reports.allureResults()))
                        .keepSecretsOutOf(reports.allureResults()).execute();
            }
            // a cancelled run ends soon: CI gives it seconds before it kills it, the Allure command line takes seconds
            Optional<AllureCommandLine> render = result.completion().complete() ? allure : Optional.empty();
            RunReports.Written written = new RunReports(reports, render, KitBuild.version()).write(result);
            summarize(written.report());
            whereTheReportsAre(written, reports);
            return result.exitCode();
        } catch (ReportError e) {
            err.println("aicnet-conformance: the reports could not be written: " + e.getMessage());
            return HARNESS_ERROR;
        }
    }

    /** The preflight found the set-up unusable: one line says what to fix, and the reports say the same. */
    private int notRun(SuiteRun run, ReportDirectory reports, String problem) {
        err.println("aicnet-conformance: preflight: " + problem);
        // nothing ran, so no Allure report is rendered: the command line alone takes seconds to start
        RunReports.Written written = new RunReports(reports, Optional.empty(), KitBuild.version())
                .write(run.notRun(problem));
        out.println("No check ran (verdict NOT RUN, exit code " + written.report().exitCode() + "); reports in "
                + reports.path());
        return written.report().exitCode();
    }

    private int list(RunResult listing) {
        for (CheckResult check : listing.checks()) {
            out.printf("%-28s %-9s %s  [%s]%n", check.id(), check.mandatory() ? "mandatory" : "optional", check.name(),
                    String.join(", ", check.requirements()));
        }
        out.printf("%d checks%n", listing.checks().size());
        return listing.checks().isEmpty() ? HARNESS_ERROR : OK;
    }

    private void summarize(ComplianceReport report) {
        out.println();
        for (CheckReport check : report.failures()) {
            out.printf("%s %s: %s%n    %s%n", check.outcome(), check.id(), check.name(), check.message());
        }
        report.cleanupNotes().forEach(note -> out.println("cleanup: " + note));
        Tally all = report.totals().checks();
        Tally mandatory = report.totals().mandatoryChecks();
        out.printf("%s conformance of %s: %s (mandatory checks), %s (all checks)%n", report.standard(),
                report.platformUrl(), report.verdict(), report.verdictAllChecks());
        out.printf("%d checks: %d passed, %d failed, %d errors, %d skipped; mandatory: %d of %d run passed%n",
                all.total(), all.pass(), all.fail(), all.error(), all.skip(), mandatory.pass(), mandatory.run());
        if (!report.completion().complete()) {
            out.println(ReportWording.completion(report.completion()));
        }
        out.printf("exit code %d: %s%n", report.exitCode(), ReportWording.exitCode(report.exitCode()));
    }

    private void whereTheReportsAre(RunReports.Written written, ReportDirectory reports) {
        out.println();
        out.println("Reports in " + reports.path() + ":");
        written.files().forEach(file -> out.println("  " + file));
        out.println("  " + reports.allureResults() + " (Allure results)");
        if (!written.report().completion().complete() && written.allureReport().isEmpty()) {
            out.println("  no Allure report: the run was cancelled; render one later with "
                    + "allure generate --single-file -o " + reports.allureReport() + " " + reports.allureResults());
        } else {
            written.allureReport().ifPresentOrElse(index -> out.println("  " + index + " (Allure report)"),
                    () -> out.println("  no Allure report: no Allure command line at "
                            + AllureCommandLine.besideTheKit() + "; give " + Setting.ALLURE_HOME.flag()
                            + " DIR to render one"));
        }
        written.latest().ifPresent(latest -> out.println("  " + latest + " leads to this run"));
    }

    private static Map<Setting, String> flags(ParseResult parsed) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            if (parsed.hasMatchedOption(setting.flag())) {
                flags.put(setting, parsed.matchedOptionValue(setting.flag(), ""));
            }
        }
        return flags;
    }

    private static CommandSpec spec(String name, String description) {
        CommandSpec spec = CommandSpec.create().name(name).mixinStandardHelpOptions(true)
                .version("aicnet conformance suite for T/AI 123.8, " + KitBuild.version());
        spec.usageMessage().description(description + " Settings come from --config FILE, then AICNET_* "
                + "environment variables, then these flags; a later source wins.");
        spec.addOption(OptionSpec.builder("--config").paramLabel("FILE").type(Path.class)
                .description("YAML file of settings (keys as in the flags, camelCase: baseUrl, user, ...)").build());
        spec.addOption(OptionSpec.builder(START_SERVER).paramLabel("JAR").type(Path.class)
                .description("start the reference server's jar on a free loopback port with a fresh data directory, "
                        + "check it (its URL becomes the base URL) and stop it afterwards").build());
        spec.addOption(OptionSpec.builder("--list").arity("0")
                .description("print the checks that would run, without running them (as the command list)").build());
        for (Setting setting : Setting.values()) {
            spec.addOption(TypedOption.of(setting));
        }
        return spec;
    }
}
