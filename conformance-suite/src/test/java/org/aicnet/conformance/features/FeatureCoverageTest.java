package org.aicnet.conformance.features;

import org.aicnet.conformance.ledger.Check;
import org.aicnet.conformance.ledger.Ledger;
import org.aicnet.conformance.ledger.Level;
import org.aicnet.conformance.ledger.Requirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The features against the requirement ledger: every black-box requirement is checked by some scenario, every
 * requirement tag names a requirement of the ledger, and every check is tagged with its requirements and exactly one
 * class that agrees with their levels. Each test reports every problem at once, sorted.
 */
class FeatureCoverageTest {

    private static final String REQ = "@req:";
    private static final String MANDATORY = "@mandatory";
    private static final String OPTIONAL = "@optional";

    private static Ledger ledger;
    private static FeatureFiles features;

    @BeforeAll
    static void load() {
        ledger = Ledger.load();
        features = FeatureFiles.load();
    }

    @Test
    void everyFeatureParses() {
        assertFalse(features.files.isEmpty(), "no feature file on the class path");
        assertNone("feature files that do not parse", features.problems.stream()
                .map(problem -> problem.file() + ": " + problem.message()).toList());
    }

    @Test
    void everyBlackBoxRequirementIsCheckedBySomeScenario() {
        Set<String> tagged = taggedIds();
        assertNone("black-box requirements of the ledger that no scenario is tagged with", ledger.blackBox().stream()
                .map(Requirement::id).filter(id -> !tagged.contains(id)).toList());
    }

    @Test
    void everyRequirementNeedingVendorSetupHasAScenarioThatNamesTheSetup() {
        Set<String> withSetup = features.checks.stream()
                .filter(check -> check.tags().stream().anyMatch(tag -> tag.startsWith("@needs-setup:")))
                .flatMap(check -> ids(check).stream()).collect(Collectors.toSet());
        assertNone("needs-vendor-setup requirements without a scenario tagged @needs-setup:<what>",
                ledger.byCheck(Check.NEEDS_VENDOR_SETUP).stream().map(Requirement::id)
                        .filter(id -> !withSetup.contains(id)).toList());
    }

    @Test
    void everyRequirementTagNamesARequirementOfTheLedger() {
        assertNone("requirement tags naming no requirement of the ledger", features.checks.stream()
                .flatMap(check -> ids(check).stream().filter(id -> ledger.find(id).isEmpty())
                        .map(id -> check.where() + ": " + REQ + id)).toList());
    }

    @Test
    void noScenarioClaimsARequirementNoBlackBoxCanCheck() {
        assertNone("scenarios tagged with a requirement the ledger marks not-black-box-testable", features.checks
                .stream().flatMap(check -> ids(check).stream()
                        .filter(id -> ledger.find(id).map(r -> r.check() == Check.NOT_BLACK_BOX_TESTABLE)
                                .orElse(false))
                        .map(id -> check.where() + ": " + REQ + id)).toList());
    }

    @Test
    void everyScenarioNamesTheRequirementsItChecks() {
        assertNone("scenarios without a @req tag", features.checks.stream().filter(check -> ids(check).isEmpty())
                .map(FeatureFiles.Check::where).toList());
    }

    @Test
    void everyScenarioHasExactlyOneClassAgreeingWithTheLevelsOfItsRequirements() {
        List<String> problems = new ArrayList<>();
        for (FeatureFiles.Check check : features.checks) {
            boolean mandatory = check.tags().contains(MANDATORY);
            boolean optional = check.tags().contains(OPTIONAL);
            if (mandatory == optional) {
                problems.add(check.where() + ": " + (mandatory ? "both @mandatory and @optional"
                        : "neither @mandatory nor @optional"));
                continue;
            }
            Level level = mandatory ? Level.MANDATORY : Level.OPTIONAL;
            for (String id : ids(check)) {
                ledger.find(id).filter(requirement -> requirement.level() != level).ifPresent(requirement ->
                        problems.add(check.where() + ": " + (mandatory ? MANDATORY : OPTIONAL) + " but " + id
                                + " is " + requirement.level().name().toLowerCase()));
            }
        }
        assertNone("scenarios whose class disagrees with the ledger", problems);
    }

    @Test
    void everyFeatureNamesItsClause() {
        Set<String> clauses = ledger.clauses();
        List<String> problems = new ArrayList<>();
        features.files.forEach(file -> {
            String name = file.getFileName().toString();
            List<String> clauseTags = features.checks.stream().filter(check -> check.file().equals(name))
                    .findFirst().map(check -> check.featureTags().stream()
                            .filter(tag -> tag.startsWith("@clause:")).toList()).orElse(List.of());
            if (clauseTags.isEmpty()) {
                problems.add(name + ": no feature tag @clause:<clause>");
            }
            clauseTags.stream().map(tag -> tag.substring("@clause:".length())).filter(clause -> !clauses.contains(clause))
                    .forEach(clause -> problems.add(name + ": @clause:" + clause + " is no clause of the ledger"));
        });
        assertNone("features without a valid clause tag", problems);
    }

    private static Set<String> taggedIds() {
        return features.checks.stream().flatMap(check -> ids(check).stream()).collect(Collectors.toSet());
    }

    private static List<String> ids(FeatureFiles.Check check) {
        return check.tags().stream().filter(tag -> tag.startsWith(REQ)).map(tag -> tag.substring(REQ.length()))
                .toList();
    }

    /** Fails with every problem, sorted and counted, or passes when there is none. */
    private static void assertNone(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " " + what + ":\n  " + String.join("\n  ", new TreeSet<>(problems)));
        }
        assertTrue(problems.isEmpty());
    }
}
