package org.aicnet.conformance.cli;

import org.aicnet.conformance.config.ConfigError;
import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.KitError;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code java -jar aicnet-conformance.jar --base-url URL --user U --password P [--config FILE] [--tags EXPR]
 * [--report-dir DIR] [--list]}: one flag for every {@link Setting}. Exit code 0 when no mandatory check failed or
 * errored, 1 when one failed, 2 on a configuration or harness error (or when no check ran).
 */
public final class Runner {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int HARNESS_ERROR = 2;

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
        CommandLine commandLine = new CommandLine(spec());
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("aicnet-conformance: " + e.getMessage());
            err.println("Try --help.");
            return HARNESS_ERROR;
        }
        if (parsed.isUsageHelpRequested()) {
            commandLine.usage(out);
            return OK;
        }
        if (parsed.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            return OK;
        }
        SuiteConfig config;
        try {
            ConfigSources sources = new ConfigSources();
            if (parsed.hasMatchedOption("--config")) {
                sources.file(parsed.matchedOptionValue("--config", (Path) null));
            }
            config = sources.environment(environment).flags(flags(parsed)).build();
        } catch (ConfigError e) {
            err.println("aicnet-conformance: configuration error: " + e.getMessage());
            return HARNESS_ERROR;
        }
        try {
            SuiteRun run = new SuiteRun(config, out);
            if (parsed.hasMatchedOption("--list")) {
                return list(run.list());
            }
            RunResult result = run.execute();
            summarize(result);
            return result.exitCode();
        } catch (KitError e) {
            err.println("aicnet-conformance: " + e.getMessage());
            return HARNESS_ERROR;
        }
    }

    private int list(RunResult listing) {
        for (CheckResult check : listing.checks()) {
            out.printf("%-28s %-9s %s  [%s]%n", check.id(), check.mandatory() ? "mandatory" : "optional", check.name(),
                    String.join(", ", check.requirements()));
        }
        out.printf("%d checks%n", listing.checks().size());
        return listing.checks().isEmpty() ? HARNESS_ERROR : OK;
    }

    private void summarize(RunResult result) {
        out.println();
        for (CheckResult check : result.checks()) {
            if (check.outcome() == Outcome.FAIL || check.outcome() == Outcome.ERROR) {
                out.printf("%s %s: %s%n    %s%n", check.outcome(), check.id(), check.name(), check.message());
            }
        }
        result.cleanupNotes().forEach(note -> out.println("cleanup: " + note));
        out.printf("T/AI 123.8 conformance of %s: %s%n", result.baseUrl(), result.verdict());
        out.printf("%d passed, %d failed, %d errors, %d skipped%n", result.count(Outcome.PASS),
                result.count(Outcome.FAIL), result.count(Outcome.ERROR), result.count(Outcome.SKIP));
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

    private static CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("aicnet-conformance").mixinStandardHelpOptions(true)
                .version("aicnet conformance suite for T/AI 123.8, " + Runner.class.getPackage().getImplementationVersion());
        spec.usageMessage().description("Checks a platform against T/AI 123.8 (AI computing network, part 8: "
                + "application layer interface). Settings come from --config FILE, then AICNET_* environment "
                + "variables, then these flags; a later source wins.");
        spec.addOption(OptionSpec.builder("--config").paramLabel("FILE").type(Path.class)
                .description("YAML file of settings (keys as in the flags, camelCase: baseUrl, user, ...)").build());
        spec.addOption(OptionSpec.builder("--list").arity("0")
                .description("print the checks that would run, without running them").build());
        for (Setting setting : Setting.values()) {
            String defaultText = setting.defaultValue() == null ? "" : " (default: " + setting.defaultValue() + ")";
            spec.addOption(OptionSpec.builder(setting.flag()).paramLabel("VALUE").type(String.class)
                    .description(setting.description() + defaultText + "; env " + setting.environmentVariable())
                    .build());
        }
        return spec;
    }
}
