package org.aicnet.conformance.run;

import io.cucumber.core.cli.Main;
import org.aicnet.conformance.KitError;
import org.aicnet.conformance.advisories.SecurityProbe;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.conformance.platform.SecretRedaction;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of the suite: opens the run context, lets Cucumber execute (or, for a listing, dry-run) the features on
 * the class path with the suite's step definitions, cleans up what the checks created, and returns every check
 * with its outcome.
 */
public final class SuiteRun {

    public static final String GLUE = "org.aicnet.conformance.steps";
    public static final String FEATURES = "classpath:features";
    private static final DateTimeFormatter RUN_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final SuiteConfig config;
    private final PrintStream progress;
    private final String runId;
    private final List<String> extraPlugins = new ArrayList<>();
    private final List<String> extraGlue = new ArrayList<>();
    private final List<java.nio.file.Path> scrubbed = new ArrayList<>();
    private final java.util.Map<String, String> presetTokens = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, String> presetReadings = new java.util.LinkedHashMap<>();
    private final Cancellation cancellation = new Cancellation();
    private String features = FEATURES;
    private ProgressPrinter.Mode progressMode = ProgressPrinter.Mode.PLAIN;

    public SuiteRun(SuiteConfig config, PrintStream progress) {
        this.config = config;
        this.progress = progress;
        this.runId = config.runId().orElse("aicnet-" + RUN_ID_TIME.format(Instant.now()));
    }

    /** The id of this run: the configured one, or one made of the time the run was set up. */
    public String runId() {
        return runId;
    }

    /** Cancels this run (from another thread, e.g. a signal handler): see {@link Cancellation}. */
    public Cancellation cancellation() {
        return cancellation;
    }

    /** How the progress of the checks is shown (plain lines unless told it is a terminal). */
    public SuiteRun progressMode(ProgressPrinter.Mode mode) {
        this.progressMode = mode;
        return this;
    }

    /** Adds a Cucumber plugin (for example a report writer) to the run. */
    public SuiteRun plugin(String plugin) {
        extraPlugins.add(plugin);
        return this;
    }

    /** Runs the features at this location instead of the suite's own; the kit's own tests run their features so. */
    public SuiteRun features(String location) {
        this.features = location;
        return this;
    }

    /** Adds a package of step definitions to the suite's own. */
    public SuiteRun glue(String gluePackage) {
        extraGlue.add(gluePackage);
        return this;
    }

    /**
     * After the checks, removes every secret of the run (secret settings, tokens obtained) from the files plugins
     * wrote into this directory: the exceptions Cucumber hands to plugins carry whatever the platform answered.
     */
    public SuiteRun keepSecretsOutOf(java.nio.file.Path directory) {
        scrubbed.add(directory);
        return this;
    }

    /**
     * Hands the run the tokens already obtained (by user name) and the readings seen meanwhile, so that the checks
     * do not log in again: the preflight logs each user in once.
     */
    public SuiteRun loggedIn(java.util.Map<String, String> tokens, java.util.Map<String, String> readingsChosen) {
        presetTokens.putAll(tokens);
        presetReadings.putAll(readingsChosen);
        return this;
    }

    /** The result of a run that the preflight stopped before any check: no checks, and the reason. */
    public RunResult notRun(String reason) {
        Instant now = Instant.now();
        return new RunResult(runId, config.baseUrl(), now, now, config.redacted(), List.of(), List.of(),
                java.util.Map.of(), java.util.Set.of(), java.util.Map.of(), Completion.notRun(reason));
    }

    /** Runs the checks selected by the configured tags. */
    public RunResult execute() {
        return run(false, false);
    }

    /** Lists the checks the run would execute, without sending a request. */
    public RunResult list() {
        return run(true, false);
    }

    /** Lists every check of the suite, whatever the configured tags select. */
    public RunResult listAll() {
        return run(true, true);
    }

    private synchronized RunResult run(boolean dryRun, boolean allTags) {
        Instant started = Instant.now();
        RunContext context = new RunContext(config, runId, dryRun, progress, cancellation);
        if (!dryRun) {
            context.selectedAs(selection());
        }
        context.tokens().putAll(presetTokens);
        presetReadings.forEach(context::recordReading);
        RunContext.open(context);
        ProgressPrinter printer = new ProgressPrinter(progress, context.progressBoard(), progressMode,
                java.time.Clock.systemUTC());
        if (!dryRun) {
            context.showProgress(printer);
        }
        List<String> cleanupNotes;
        Map<String, String> advisories;
        try {
            byte status;
            cancellation.working();
            try {
                status = Main.run(arguments(dryRun, allTags), Thread.currentThread().getContextClassLoader());
            } finally {
                cancellation.stopWorking();
                printer.close();
            }
            if (status != 0 && context.results().isEmpty()) {
                throw new KitError("Cucumber could not run the features (exit status " + status + ")");
            }
            cleanupNotes = dryRun ? List.of() : new CleanupRunner(context).run().stream()
                    .map(note -> SecretRedaction.all(note, context.secrets())).toList();
            advisories = dryRun || cancellation.cancelled() ? Map.of() : advisories(context);
        } finally {
            RunContext.close();
            scrubbed.forEach(directory -> SecretScrub.directory(directory, context.secrets()));
        }
        Completion completion = cancellation.cancelled() ? Completion.cancelled(cancellation.reason()
                + ": the checks not started are skipped, and what the run created was cleaned up")
                : Completion.COMPLETE;
        return new RunResult(runId, config.baseUrl(), started, Instant.now(), config.redacted(), sorted(context.results()),
                cleanupNotes, context.readingsChosen(), context.requirementsWithChecks(), advisories,
                completion, context.jobUsage());
    }

    /** A dry run of the selected checks, without the run's plugins: which checks run, with which steps. */
    private RunContext selection() {
        RunContext selection = new RunContext(config, runId, true, progress, cancellation);
        List<String> args = new ArrayList<>(List.of("--glue", GLUE, "--plugin", SelectedSteps.class.getName(),
                "--monochrome", "--no-summary", "--dry-run"));
        extraGlue.forEach(glue -> args.addAll(List.of("--glue", glue)));
        tagExpression().ifPresent(expression -> args.addAll(List.of("--tags", expression)));
        args.add(features);
        RunContext.open(selection);
        try {
            Main.run(args.toArray(String[]::new), Thread.currentThread().getContextClassLoader());
        } finally {
            RunContext.close();
        }
        return selection;
    }

    /** The security probe after the checks: advisories only, never a verdict; a probe that breaks says so. */
    private Map<String, String> advisories(RunContext context) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        try {
            found.putAll(new SecurityProbe(config, new PlatformClient(config, exchange -> { })).probe(runId));
        } catch (KitError | AssertionError e) {
            found.put("probe not finished", String.valueOf(e.getMessage()));
        }
        Map<String, String> redacted = new java.util.LinkedHashMap<>();
        found.forEach((topic, finding) -> redacted.put(topic, SecretRedaction.all(finding, context.secrets())));
        return redacted;
    }

    /**
     * The checks in the order of their features and lines, whatever order they finished in: the reports never depend
     * on it.
     */
    static List<CheckResult> sorted(List<CheckResult> checks) {
        return checks.stream().sorted(java.util.Comparator.comparing((CheckResult check) -> fileOf(check.id()))
                .thenComparingInt(check -> lineOf(check.id()))).toList();
    }

    private static String fileOf(String checkId) {
        int colon = checkId.lastIndexOf(':');
        return colon < 0 ? checkId : checkId.substring(0, colon);
    }

    private static int lineOf(String checkId) {
        try {
            return Integer.parseInt(checkId.substring(checkId.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String[] arguments(boolean dryRun, boolean allTags) {
        // no Cucumber summary: it prints each failure's raw exception, where a platform may have echoed a secret;
        // the runner prints its own summary from the redacted results
        List<String> args = new ArrayList<>(List.of("--glue", GLUE, "--plugin", OutcomeCollector.class.getName(),
                "--monochrome", "--no-summary"));
        for (String glue : extraGlue) {
            args.add("--glue");
            args.add(glue);
        }
        for (String plugin : extraPlugins) {
            args.add("--plugin");
            args.add(plugin);
        }
        tagExpression().filter(expression -> !allTags).ifPresent(expression -> {
            args.add("--tags");
            args.add(expression);
        });
        if (dryRun) {
            args.add("--dry-run");
        }
        args.add(features);
        return args.toArray(String[]::new);
    }

    private Optional<String> tagExpression() {
        Optional<String> include = config.tags().map(tags -> "(" + tags + ")");
        Optional<String> exclude = config.excludeTags().map(tags -> "not (" + tags + ")");
        if (include.isPresent() && exclude.isPresent()) {
            return Optional.of(include.get() + " and " + exclude.get());
        }
        return include.isPresent() ? include : exclude;
    }
}
