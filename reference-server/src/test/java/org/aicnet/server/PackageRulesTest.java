package org.aicnet.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The server's packages as docs/architecture.md draws them: no package depends on itself through others, the backend
 * SPI that third-party jars implement knows nothing but its own types and the JDK, and each built-in backend knows
 * the SPI and its own libraries, never the server around it.
 */
class PackageRulesTest {

    private static final String SPI = "org.aicnet.server.backend";

    /** The built-in backends and the libraries each may use beside the SPI and the JDK. */
    private static final Map<String, List<String>> BUILT_IN_BACKENDS = Map.of(
            "simulated", List.of("com.fasterxml.jackson.."),
            "local", List.of("org.slf4j..", "com.sun.management.."),
            "slurm", List.of("org.slf4j.."),
            "kubernetes", List.of("io.fabric8.."));

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.aicnet.server");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("org.aicnet.(**)").should().beFreeOfCycles().check(SERVER);
    }

    @Test
    void theBackendSpiDependsOnlyOnItselfAndTheJdk() {
        classes().that().resideInAPackage(SPI)
                .should().onlyDependOnClassesThat().resideInAnyPackage(SPI, "java..")
                .check(SERVER);
    }

    @Test
    void everyPackageBelowTheSpiIsABuiltInBackendListedHere() {
        String[] listed = BUILT_IN_BACKENDS.keySet().stream().map(type -> SPI + "." + type + "..")
                .toArray(String[]::new);
        classes().that().resideInAPackage(SPI + "..").and().resideOutsideOfPackage(SPI)
                .should().resideInAnyPackage(listed)
                .check(SERVER);
    }

    @Test
    void eachBuiltInBackendDependsOnlyOnTheSpiAndItsLibraries() {
        BUILT_IN_BACKENDS.forEach((type, libraries) -> {
            String own = SPI + "." + type + "..";
            List<String> allowed = new ArrayList<>(List.of(own, SPI, "java.."));
            allowed.addAll(libraries);
            classes().that().resideInAPackage(own)
                    .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                    .check(SERVER);
        });
    }
}
