package org.aicnet.conformance.e2e;

import org.aicnet.server.deviations.Variant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * docs/variant-catalog.md: every conforming variant of the reference server, what allows it, the server
 * configuration it ran in and whether the whole suite passed it; and the pass-rate line of README.md. Made only from
 * the variants and the verdicts, so that the same suite against the same server always gives the same text.
 */
final class VariantCatalogTable {

    static final String README_PREFIX = "**Conforming variants passed:";

    private VariantCatalogTable() {
    }

    /** The whole file; {@code passed} holds, for each group, whether no check failed or erred against it. */
    static String markdown(Map<VariantGroup, Boolean> passed) {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Variant catalog of the reference server

                The mirror of the [fault catalog](fault-catalog.md): the reference server can be started with
                behaviours other than its own that T/AI 123.8 and the readings of
                [interpretations.md](interpretations.md) allow, each one how some real platform differs (`--variant
                NAME`, repeatable, or `variants: [NAME, ...]` in its configuration). A server with variants still
                conforms, so they measure the conformance suite the other way round: for each group of variants
                below, `VariantsPassTest` (conformance-suite) starts one server with all of them and runs the whole
                suite, every check, mandatory and optional, and requires none to FAIL or ERROR (a check that cannot
                judge a variant SKIPs, with its reason). A variant that makes a check fail shows a false verdict of
                the suite.

                This file is written by that test; do not edit it by hand. When it is out of date the test fails and
                writes the new text to `conformance-suite/target/variant-catalog.md`;
                `-Daicnet.variantCatalog.update=true` writes it here and updates the pass rate in README.md.

                """).append(passRate(passed)).append("\n\n");
        md.append("| variant | endpoint | behaviour | allowed by | server configuration | verdict |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Variant variant : Variant.values()) {
            VariantGroup group = VariantGroup.of(variant);
            md.append("| `").append(variant.id()).append("` | ").append(cell(variant.endpoint()))
                    .append(" | ").append(cell(variant.description()))
                    .append(" | ").append(cell(variant.allowedBy()))
                    .append(" | `").append(group.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("` (")
                    .append(group.layer()).append(")")
                    .append(" | ").append(passed.getOrDefault(group, false) ? "passed" : "**failed**")
                    .append(" |\n");
        }
        return md.toString();
    }

    /** The line of README.md that states the pass rate and links the table. */
    static String readmeLine(Map<VariantGroup, Boolean> passed) {
        return passRate(passed) + " Each variant, what allows it and its verdict: "
                + "[docs/variant-catalog.md](docs/variant-catalog.md).";
    }

    private static String passRate(Map<VariantGroup, Boolean> passed) {
        long count = Arrays.stream(Variant.values())
                .filter(variant -> passed.getOrDefault(VariantGroup.of(variant), false)).count();
        return README_PREFIX + " " + count + " of " + Variant.values().length + " (" + String.format(Locale.ROOT,
                "%.0f %%", 100.0 * count / Variant.values().length) + ").**";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
