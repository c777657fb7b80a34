package org.aicnet.conformance.e2e;

import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.server.deviations.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6: the suite catches non-conforming platforms. For each fault of the reference server's catalog, a server with
 * that fault alone and the suite restricted to the checks of the requirements the fault breaks ({@link FaultRun}): at
 * least one MANDATORY check of those must FAIL (an optional failure leaves the verdict green), and no check may ERROR (a fault must read as a wrong answer, never as a broken
 * kit). The whole suite against a server without faults, where nothing may fail, is
 * {@link SuiteAgainstReferenceServerTest}. The checks that caught each fault make docs/fault-catalog.md and the catch
 * rate of README.md, compared here with the committed files once every fault has run.
 *
 * <p>{@code -Daicnet.faults=id,id} runs only those faults (the files are then not compared);
 * {@code -Daicnet.faultCatalog.update=true} rewrites the files instead of comparing them.
 */
@ExtendWith(QuietRequestLog.class)
class FaultsAreCaughtTest {

    private static final CatalogFiles CATALOG = new CatalogFiles("fault-catalog.md", "aicnet.faultCatalog.update",
            FaultCatalogTable.README_PREFIX);
    private static final Map<Fault, List<CheckResult>> CAUGHT_BY = new EnumMap<>(Fault.class);

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    void theSuiteCatchesTheFault(Fault fault) {
        Assumptions.assumeTrue(selected().isEmpty() || selected().contains(fault.id()),
                "not among -Daicnet.faults");
        FaultRun.Verdict verdict = FaultRun.of(fault, directory);
        List<CheckResult> caughtBy = verdict.caughtBy();
        CAUGHT_BY.put(fault, caughtBy);
        System.out.printf("fault %-40s %3d checks in %5.1f s: %d failed (%d mandatory of its requirements), %d erred%n",
                fault.id(), verdict.checks().size(), verdict.took().toMillis() / 1000.0,
                verdict.with(Outcome.FAIL).size(), caughtBy.size(), verdict.with(Outcome.ERROR).size());
        assertAll(
                () -> assertFalse(verdict.checks().isEmpty(), "no check is tagged " + verdict.tags()),
                () -> assertFalse(caughtBy.isEmpty(), fault.id() + " is not caught: no mandatory check of "
                        + fault.requirements() + " failed; the checks that ran:\n" + list(verdict.checks())),
                () -> assertTrue(verdict.with(Outcome.ERROR).isEmpty(), "checks erred against " + fault.id()
                        + ":\n" + list(verdict.with(Outcome.ERROR))));
    }

    @AfterAll
    static void theCatalogAndTheCatchRateAreUpToDate() throws IOException {
        if (CAUGHT_BY.size() < Fault.values().length) {
            return;
        }
        CATALOG.check(FaultCatalogTable.markdown(CAUGHT_BY), FaultCatalogTable.readmeLine(CAUGHT_BY));
    }

    private static Set<String> selected() {
        String faults = System.getProperty("aicnet.faults", "");
        return faults.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(faults.split(",")));
    }

    static String list(List<CheckResult> checks) {
        return checks.stream().map(check -> "  " + check.outcome() + " " + check.id() + " " + check.name()
                + (check.message() == null ? "" : ": " + check.message())).collect(Collectors.joining("\n"));
    }
}
