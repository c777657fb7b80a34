package org.aicnet.conformance.e2e;

import org.aicnet.conformance.run.CheckResult;
import org.aicnet.server.deviations.Fault;
import org.aicnet.server.deviations.FaultKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * docs/fault-catalog.md: every fault of the reference server, the requirements it breaks and the checks of the suite
 * that caught it, with the catch rate; and the catch-rate line of README.md. Made only from the faults and the checks
 * that failed, so that the same suite against the same server always gives the same text.
 */
final class FaultCatalogTable {

    static final String README_PREFIX = "**Catch rate:";
    private static final int CHECKS_SHOWN = 3;

    private FaultCatalogTable() {
    }

    /** The whole file; {@code caughtBy} holds, for each fault, the mandatory checks of its requirements that failed. */
    static String markdown(Map<Fault, List<CheckResult>> caughtBy) {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Fault catalog of the reference server

                The reference server can be started with deliberate, realistic deviations from T/AI 123.8 (`--fault
                NAME`, repeatable, or `faults: [NAME, ...]` in its configuration). They measure the conformance
                suite the way mutation testing measures unit tests: for each fault, `FaultsAreCaughtTest`
                (conformance-suite) starts a server with that fault alone, runs the checks tagged with the
                requirements it breaks, and requires at least one MANDATORY check of them to FAIL and none to ERROR
                (a failed optional check leaves the verdict and the exit code green, so it catches nothing). A fault
                the suite misses is a missing check of the suite.

                This file is written by that test; do not edit it by hand. When it is out of date the test fails and
                writes the new text to `conformance-suite/target/fault-catalog.md`;
                `-Daicnet.faultCatalog.update=true` writes it here and updates the catch rate in README.md.

                """).append(catchRate(caughtBy)).append("\n\n");
        md.append("| fault | kind | endpoint | deviation | requirements broken | caught by (mandatory checks that failed) |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Fault fault : Fault.values()) {
            md.append("| `").append(fault.id()).append("` | ").append(kind(fault.kind()))
                    .append(" | ").append(cell(fault.endpoint()))
                    .append(" | ").append(cell(fault.description()))
                    .append(" | ").append(fault.requirements().stream().map(id -> "`" + id + "`")
                            .collect(Collectors.joining(" ")))
                    .append(" | ").append(checks(caughtBy.getOrDefault(fault, List.of())))
                    .append(" |\n");
        }
        md.append("\n## Spread\n\n| kind | faults |\n|---|---|\n");
        for (FaultKind kind : FaultKind.values()) {
            long count = Arrays.stream(Fault.values()).filter(fault -> fault.kind() == kind).count();
            md.append("| ").append(kind(kind)).append(" | ").append(count).append(" |\n");
        }
        md.append("\n| endpoint | faults |\n|---|---|\n");
        new TreeMap<>(Arrays.stream(Fault.values()).collect(Collectors.groupingBy(Fault::endpoint,
                Collectors.counting()))).forEach((endpoint, count) ->
                md.append("| ").append(cell(endpoint)).append(" | ").append(count).append(" |\n"));
        return md.toString();
    }

    /** The line of README.md that states the catch rate and links the table. */
    static String readmeLine(Map<Fault, List<CheckResult>> caughtBy) {
        return catchRate(caughtBy) + " Each fault, what it breaks and the checks that caught it: "
                + "[docs/fault-catalog.md](docs/fault-catalog.md).";
    }

    private static String catchRate(Map<Fault, List<CheckResult>> caughtBy) {
        return "**Catch rate: " + caught(caughtBy) + " of " + Fault.values().length + " faults (" + percent(caughtBy)
                + ").**";
    }

    private static long caught(Map<Fault, List<CheckResult>> caughtBy) {
        return Arrays.stream(Fault.values()).filter(fault -> !caughtBy.getOrDefault(fault, List.of()).isEmpty())
                .count();
    }

    private static String percent(Map<Fault, List<CheckResult>> caughtBy) {
        return String.format(Locale.ROOT, "%.0f %%", 100.0 * caught(caughtBy) / Fault.values().length);
    }

    private static String kind(FaultKind kind) {
        return kind.meaning();
    }

    /** The checks as "file: scenario", in the order of the features, at most three and how many more. */
    private static String checks(List<CheckResult> checks) {
        if (checks.isEmpty()) {
            return "**not caught**";
        }
        List<String> names = checks.stream()
                .sorted((a, b) -> compareIds(a.id(), b.id()))
                .map(check -> "`" + check.id().replaceFirst(":\\d+$", "") + "`: " + cell(check.name()))
                .distinct()
                .toList();
        String shown = String.join("<br>", names.subList(0, Math.min(CHECKS_SHOWN, names.size())));
        return names.size() > CHECKS_SHOWN ? shown + "<br>and " + (names.size() - CHECKS_SHOWN) + " more" : shown;
    }

    /** Check ids are {@code file:line}: by file, then by line as a number. */
    private static int compareIds(String a, String b) {
        String[] left = a.split(":");
        String[] right = b.split(":");
        int byFile = left[0].compareTo(right[0]);
        return byFile != 0 ? byFile : Integer.compare(Integer.parseInt(left[1]), Integer.parseInt(right[1]));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
