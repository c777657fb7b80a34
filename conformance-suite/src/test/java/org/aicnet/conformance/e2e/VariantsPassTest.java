package org.aicnet.conformance.e2e;

import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.server.deviations.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mirror of {@link FaultsAreCaughtTest}: the suite passes platforms that conform in another way than the
 * reference server. For each {@link VariantGroup}, a server with its variants and the whole suite, every check,
 * mandatory and optional ({@link VariantRun}): no check may FAIL or ERROR (a check that cannot judge a variant SKIPs,
 * with its reason, which this test prints). The verdicts make docs/variant-catalog.md and the pass rate of README.md,
 * compared here with the committed files once every group has run; {@code -Daicnet.variantCatalog.update=true}
 * rewrites them instead, and {@code -Daicnet.variantGroups=NAME,NAME} runs only those groups.
 */
@ExtendWith(QuietRequestLog.class)
class VariantsPassTest {

    private static final CatalogFiles CATALOG = new CatalogFiles("variant-catalog.md",
            "aicnet.variantCatalog.update", VariantCatalogTable.README_PREFIX);
    private static final Map<VariantGroup, Boolean> PASSED = new EnumMap<>(VariantGroup.class);

    @TempDir
    Path directory;

    @Test
    void everyVariantIsInExactlyOneGroup() {
        for (Variant variant : Variant.values()) {
            assertEquals(1, Arrays.stream(VariantGroup.values()).filter(group -> group.variants().contains(variant))
                    .count(), variant.id() + " must be in exactly one VariantGroup");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(VariantGroup.class)
    void theSuitePassesTheVariants(VariantGroup group) {
        Assumptions.assumeTrue(selected().isEmpty() || selected().contains(group.name()),
                "not among -Daicnet.variantGroups");
        VariantRun.Verdict verdict = VariantRun.of(group, directory);
        PASSED.put(group, verdict.passed());
        List<CheckResult> skipped = verdict.with(Outcome.SKIP);
        System.out.printf("variants %-15s %3d checks in %5.1f s: %d passed, %d failed, %d erred, %d skipped%n",
                group, verdict.checks().size(), verdict.took().toMillis() / 1000.0,
                verdict.with(Outcome.PASS).size(), verdict.with(Outcome.FAIL).size(),
                verdict.with(Outcome.ERROR).size(), skipped.size());
        if (!skipped.isEmpty()) {
            System.out.println(FaultsAreCaughtTest.list(skipped));
        }
        String variants = group.variants().stream().map(Variant::id).toList().toString();
        assertAll(
                () -> assertFalse(verdict.checks().isEmpty(), "no check ran"),
                () -> assertTrue(verdict.with(Outcome.FAIL).isEmpty(), "checks failed against the conforming "
                        + "variants " + variants + ":\n" + FaultsAreCaughtTest.list(verdict.with(Outcome.FAIL))),
                () -> assertTrue(verdict.with(Outcome.ERROR).isEmpty(), "checks erred against the conforming "
                        + "variants " + variants + ":\n" + FaultsAreCaughtTest.list(verdict.with(Outcome.ERROR))));
    }

    private static Set<String> selected() {
        String groups = System.getProperty("aicnet.variantGroups", "");
        return groups.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(groups.split(",")));
    }

    @AfterAll
    static void theCatalogAndThePassRateAreUpToDate() throws IOException {
        if (PASSED.size() < VariantGroup.values().length) {
            return;
        }
        CATALOG.check(VariantCatalogTable.markdown(PASSED), VariantCatalogTable.readmeLine(PASSED));
    }
}
