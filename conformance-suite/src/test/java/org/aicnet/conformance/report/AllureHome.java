package org.aicnet.conformance.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The Allure command line the build unpacked (system property {@value #PROPERTY}, set by Surefire). Under Maven it
 * must be there; a test run outside Maven has none.
 */
final class AllureHome {

    static final String PROPERTY = "aicnet.allure.home";
    static final String REASON = "system property " + PROPERTY + " (set by the Maven build) is "
            + System.getProperty(PROPERTY);

    private AllureHome() {
    }

    static Optional<AllureCommandLine> fromBuild() {
        String home = System.getProperty(PROPERTY);
        if (home == null) {
            return Optional.empty();
        }
        return Optional.of(AllureCommandLine.at(Path.of(home)).orElseThrow(() -> new AssertionError(
                "the build should have unpacked the Allure command line into " + home)));
    }
}
