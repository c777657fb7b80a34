package org.aicnet.conformance.run;

import org.aicnet.conformance.KitError;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.platform.Exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one run of the suite shares between its checks: the configuration, the run id, the tokens already obtained,
 * what the checks created (for the cleanup), the evidence of each check, the readings the platform was seen to choose,
 * and the results. The runner opens it before Cucumber starts and closes it after.
 */
public final class RunContext {

    private static volatile RunContext current;

    private final SuiteConfig config;
    private final String runId;
    private final boolean dryRun;
    private final java.io.PrintStream progress;
    private final Cleanup cleanup = new Cleanup();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> retiredTokens = new ConcurrentHashMap<>();
    private int tokenRenewals;
    private final Map<String, List<Exchange>> evidence = new ConcurrentHashMap<>();
    private final Map<String, String> readingsChosen = Collections.synchronizedMap(new TreeMap<>());
    private final List<CheckResult> results = Collections.synchronizedList(new ArrayList<>());
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private final Set<String> requirementsWithChecks = ConcurrentHashMap.newKeySet();
    private final Cancellation cancellation;
    private final Map<String, List<String>> selectedSteps = new java.util.LinkedHashMap<>();
    private int selectedChecks;
    private volatile JobUsage jobUsage;
    private final Progress progressBoard = new Progress(java.time.Instant.now());
    private volatile ProgressPrinter printer;

    RunContext(SuiteConfig config, String runId, boolean dryRun, java.io.PrintStream progress,
               Cancellation cancellation) {
        this.cancellation = cancellation;
        this.config = config;
        this.progress = progress;
        this.runId = runId;
        this.dryRun = dryRun;
    }

    /** The context of the run in progress; steps and plugins run inside one. */
    public static RunContext current() {
        RunContext context = current;
        if (context == null) {
            throw new KitError("no suite run in progress: the checks run only through the suite's runner");
        }
        return context;
    }

    static void open(RunContext context) {
        current = context;
    }

    static void close() {
        current = null;
    }

    public SuiteConfig config() {
        return config;
    }

    public String runId() {
        return runId;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** Where the progress lines go while the run goes on. */
    public java.io.PrintStream progress() {
        return progress;
    }

    /** Where the run stands, shown to a person while it goes on (see {@link ProgressPrinter}). */
    public Progress progressBoard() {
        return progressBoard;
    }

    /** Prints a line of the run's progress (the progress line in place, if any, is cleared first). */
    public void say(String line) {
        ProgressPrinter shown = printer;
        if (shown != null) {
            shown.say(line);
        } else {
            progress.println(line);
        }
    }

    void showProgress(ProgressPrinter printer) {
        this.printer = printer;
        progressBoard.total(selectedChecks());
        printer.start();
    }

    /** Whether the run was cancelled: a check that has not started yet must not start. */
    public boolean cancelled() {
        return cancellation.cancelled();
    }

    /** Skips the check about to start when the run was cancelled, with the reason. */
    public void skipIfCancelled() {
        if (cancellation.cancelled()) {
            throw new org.opentest4j.TestAbortedException("not run: the run was " + cancellation.reason());
        }
    }

    /**
     * The texts of the steps of every check this run selected, by the check's id ({@link #checkId}), known before the
     * first check starts.
     */
    public synchronized Map<String, List<String>> selectedSteps() {
        return Map.copyOf(selectedSteps);
    }

    /** How many checks this run selected. */
    public synchronized int selectedChecks() {
        return selectedChecks;
    }

    /** The id of a check across the dry run of the selection and the run: its feature file and line. */
    public static String checkId(java.net.URI feature, int line) {
        return feature + ":" + line;
    }

    /** One more check the run selected, with the texts of its steps. */
    synchronized void selected(String checkId, List<String> steps) {
        selectedChecks++;
        selectedSteps.put(checkId, List.copyOf(steps));
    }

    /** Takes over what a dry run of the same selection learnt. */
    synchronized void selectedAs(RunContext dryRun) {
        selectedChecks = dryRun.selectedChecks();
        selectedSteps.putAll(dryRun.selectedSteps());
    }

    /** What the run's jobs used, once the checks are over. */
    public void jobUsage(JobUsage usage) {
        this.jobUsage = usage;
    }

    JobUsage jobUsage() {
        return jobUsage != null ? jobUsage : JobUsage.none(config.maxJobs(), config.acceleratorBudget());
    }

    public Cleanup cleanup() {
        return cleanup;
    }

    /** Tokens by user name, obtained once per run (logging in for every check would be slow and noisy). */
    public Map<String, String> tokens() {
        return tokens;
    }

    /**
     * Reading "the suite's own token": replaces the user's token {@code stale}, which the platform said has expired,
     * with a new log-in, once however many checks noticed it, and records the count for the report.
     */
    public synchronized String renewToken(String userName, String stale, java.util.function.Supplier<String> login) {
        String current = tokens.get(userName);
        if (current != null && !current.equals(stale)) {
            return current;
        }
        String fresh = login.get();
        retiredTokens.put(stale, userName);
        tokens.put(userName, fresh);
        tokenRenewals++;
        recordReading(TOKEN_RENEWAL_TOPIC, "logged in again " + tokenRenewals + " time(s) after 401/0102 outside the"
                + " token checks: the platform's tokens live shorter than this run");
        return fresh;
    }

    /** The user whose token of this run {@code token} is or was (before it expired), if any. */
    public java.util.Optional<String> ownerOfToken(String token) {
        for (Map.Entry<String, String> entry : tokens.entrySet()) {
            if (entry.getValue().equals(token)) {
                return java.util.Optional.of(entry.getKey());
            }
        }
        return java.util.Optional.ofNullable(retiredTokens.get(token));
    }

    /** The topic under which the report names the suite's log-ins after an expired token. */
    public static final String TOKEN_RENEWAL_TOPIC = "the suite's own token";

    /** The exchanges of one check, by its scenario id, as they happen. */
    public List<Exchange> evidenceOf(String scenarioId) {
        return evidence.computeIfAbsent(scenarioId, id -> Collections.synchronizedList(new ArrayList<>()));
    }

    /** Where the standard allows several readings, which one the platform was seen to choose (topic → choice). */
    public void recordReading(String topic, String choice) {
        readingsChosen.put(topic, choice);
    }

    /**
     * What the checks of this run share, one instance per type, made on first use: for example the jobs that are
     * created once and read by several checks. The instance itself must be cheap to make.
     */
    public <T> T shared(Class<T> type, java.util.function.Supplier<T> create) {
        return type.cast(shared.computeIfAbsent(type, key -> create.get()));
    }

    public Map<String, String> readingsChosen() {
        synchronized (readingsChosen) {
            return new TreeMap<>(readingsChosen);
        }
    }

    /** Every secret of the run: the secret settings and the tokens obtained so far; none may reach a report. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>(config.secretValues());
        secrets.addAll(tokens.values());
        secrets.addAll(retiredTokens.keySet());
        return secrets;
    }

    /** Notes that some feature of the suite checks these requirements, whether or not this run selects it. */
    void requirementsWithChecks(java.util.Collection<String> ids) {
        requirementsWithChecks.addAll(ids);
    }

    Set<String> requirementsWithChecks() {
        return new TreeSet<>(requirementsWithChecks);
    }

    void record(CheckResult result) {
        results.add(result);
    }

    List<CheckResult> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    List<Exchange> takeEvidence(String scenarioId) {
        List<Exchange> exchanges = evidence.remove(scenarioId);
        return exchanges == null ? List.of() : List.copyOf(exchanges);
    }
}
