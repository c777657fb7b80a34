package org.aicnet.conformance.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as a vendor types it: typed options refused with one line before anything runs, booleans without
 * a value, durations in two forms, listing without a platform or credentials, tag expressions checked and hinted,
 * environment defaults, and the subcommands. Nothing here sends a request.
 */
class CommandLineTest {

    private static final String[] CREDENTIALS = {"--base-url", "http://127.0.0.1:9", "--user", "u", "--password", "p"};

    @Test
    void aBrokenTagExpressionIsOneLineWithoutAStackTrace() {
        RunnerOutput output = RunnerOutput.run(with("--tags", "bogus(("));
        assertOneLine(output, "--tags 'bogus((' is no tag expression: syntax error: Expected operator.");
    }

    @Test
    void aTagThatSelectsNothingIsHintedWithTheTagsLikeIt() {
        RunnerOutput output = RunnerOutput.run("--list", "--tags", "@clause:7.3");
        assertOneLine(output, "--tags '@clause:7.3' select no check of the suite: @clause:7.3 is no tag of the "
                + "suite; similar: @clause:7.3.1, @clause:7.3.2, @clause:7.3.3");
    }

    @Test
    void booleansNeedNoValueAndListingNeedsNoPlatform() {
        for (String[] args : List.of(new String[]{"--non-destructive", "--list"},
                new String[]{"list", "--non-destructive", "--insecure-tls"},
                new String[]{"--list", "--non-destructive", "false", "--job-timeout", "10m"})) {
            RunnerOutput output = RunnerOutput.run(args);
            assertEquals(Runner.OK, output.exitCode(), String.join(" ", args) + ": " + output.err());
            assertTrue(output.out().matches("(?s).*\\n\\d{3} checks\\n"), output.out());
        }
    }

    @Test
    void aTypoIsHintedWithTheTagsATypoAway() {
        RunnerOutput output = RunnerOutput.run("list", "--tags", "@mandatroy");
        assertOneLine(output, "@mandatroy is no tag of the suite; similar: @mandatory");
    }

    @Test
    void typedValuesAreRefusedWhileParsing() {
        assertOneLine(RunnerOutput.run(with("--job-timeout", "ten minutes")),
                "--job-timeout must be a duration such as PT30S or 30s: ten minutes");
        assertOneLine(RunnerOutput.run(with("--non-destructive", "yes")), "--non-destructive must be true or false: yes");
        assertOneLine(RunnerOutput.run("--list", "--base-url", "http://127.0.0.1:99999"),
                "--base-url has port 99999, out of the range 1-65535");
        assertOneLine(RunnerOutput.run("--list", "--base-url", "ftp://example.org"),
                "--base-url must be an http or https URL: ftp://example.org");
        assertOneLine(RunnerOutput.run(with("--no-such-flag")), "Unknown option: '--no-such-flag'");
    }

    @Test
    void theEnvironmentGivesDefaultsCheckedLikeFlags() {
        assertOneLine(RunnerOutput.run(Map.of("AICNET_TAGS", "@a and"), "--list"),
                "--tags '@a and' is no tag expression: syntax error: Expected operand.");
        RunnerOutput output = RunnerOutput.run(Map.of("AICNET_TAGS", "@clause:6.2"), "list");
        assertEquals(Runner.OK, output.exitCode(), output.err());
        assertTrue(output.out().lines().filter(line -> !line.endsWith(" checks"))
                .allMatch(line -> line.startsWith("rest-conventions:")), output.out());
    }

    @Test
    void everyCommandHasItsHelp() {
        for (String command : List.of("run", "list", "cleanup")) {
            RunnerOutput output = RunnerOutput.run(command, "--help");
            assertEquals(Runner.OK, output.exitCode());
            assertTrue(output.out().contains("Usage: aicnet-conformance " + command), output.out());
            assertTrue(output.out().contains("--job-timeout=DURATION"), output.out());
        }
        assertTrue(RunnerOutput.run("--help").out().contains("Commands:"));
    }

    private static String[] with(String... more) {
        String[] args = new String[CREDENTIALS.length + more.length];
        System.arraycopy(CREDENTIALS, 0, args, 0, CREDENTIALS.length);
        System.arraycopy(more, 0, args, CREDENTIALS.length, more.length);
        return args;
    }

    private static void assertOneLine(RunnerOutput output, String expected) {
        assertEquals(Runner.HARNESS_ERROR, output.exitCode(), output.out() + output.err());
        assertEquals(1, output.errLines().size(), output.err());
        String line = output.errLines().get(0);
        assertTrue(line.startsWith("aicnet-conformance: "), line);
        assertTrue(line.contains(expected), "expected «" + expected + "» in: " + line);
        assertFalse(line.contains("Exception") || output.out().contains("\tat "), line);
    }
}
