package org.aicnet.conformance;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.aicnet.conformance.run.Pause;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The suite's packages as docs/architecture.md draws them: no package depends on itself through others, and step
 * definitions only send, delegate and remember: a judgement lives in platform/Expect, lists/ListChecks or another
 * named helper, shared logic in a helper and shared state in World or JobContext, never in a call of another step
 * class; run/Pause is the one wait.
 */
class SuiteArchitectureTest {

    private static final String SUITE = "org.aicnet.conformance";
    private static final String STEPS = SUITE + ".steps";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SUITE);

    @Test
    void packagesAreFreeOfCycles() {
        ArchRule rule = slices().matching(SUITE + ".(*)..").should().beFreeOfCycles();
        rule.check(CLASSES);
    }

    @Test
    void theRootPackageDependsOnNoPackageOfTheSuite() {
        ArchRule rule = noClasses().that().resideInAPackage(SUITE).should().dependOnClassesThat()
                .resideInAPackage(SUITE + ".*..");
        rule.check(CLASSES);
    }

    @Test
    void stepsConstructNoAssertionError() {
        ArchRule rule = noClasses().that().resideInAPackage(STEPS).should()
                .callConstructor(AssertionError.class, Object.class)
                .orShould().callConstructor(AssertionError.class, String.class, Throwable.class)
                .because("a judgement lives in a helper that says what it judges (platform/Expect, lists/ListChecks"
                        + " and the like)");
        rule.check(CLASSES);
    }

    @Test
    void stepClassesCallNoOtherStepClass() {
        ArchRule rule = classes().that().resideInAPackage(STEPS).should(callNoOtherStepClass())
                .because("shared logic goes into a helper, shared state through World or JobContext");
        rule.check(CLASSES);
    }

    @Test
    void onlyPauseWaits() {
        ArchRule rule = classes().that().doNotBelongToAnyOf(Pause.class).should(callNo(Thread.class, "sleep"))
                .andShould(callNo(java.util.concurrent.TimeUnit.class, "sleep"))
                .because("run/Pause is the one wait of the suite");
        rule.check(CLASSES);
    }

    /** A class with a Cucumber step, hook or parameter type. */
    private static boolean isStepClass(JavaClass type) {
        return type.getPackageName().equals(STEPS) && type.getMethods().stream().anyMatch(method ->
                method.getAnnotations().stream().anyMatch(annotation ->
                        annotation.getRawType().getPackageName().startsWith("io.cucumber.java")));
    }

    private static ArchCondition<JavaClass> callNoOtherStepClass() {
        return new ArchCondition<>("call no method of another step class") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    JavaClass target = access.getTargetOwner();
                    if (isStepClass(type) && isStepClass(target) && !target.equals(type)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> callNo(Class<?> owner, String method) {
        return new ArchCondition<>("call no " + owner.getSimpleName() + "." + method) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getMethodCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().isEquivalentTo(owner)
                                && call.getName().equals(method))
                        .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
            }
        };
    }
}
