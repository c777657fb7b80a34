package org.aicnet.conformance.report;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;

import java.nio.file.Path;

/**
 * Allure's Cucumber plugin, writing into the folder it is given ({@code --plugin
 * org.aicnet.conformance.report.AllureResultsPlugin:DIR}). The plain plugin writes where the system property
 * {@code allure.results.directory} pointed when Allure's global lifecycle was first made, once per JVM; a lifecycle
 * of its own per run puts every run's results into that run's report directory.
 */
public final class AllureResultsPlugin extends AllureCucumber7Jvm {

    public AllureResultsPlugin(String resultsDirectory) {
        super(new AllureLifecycle(new FileSystemResultsWriter(Path.of(resultsDirectory))));
    }

    /** The Cucumber plugin option that writes Allure results into the directory. */
    public static String option(Path resultsDirectory) {
        return AllureResultsPlugin.class.getName() + ":" + resultsDirectory.toAbsolutePath();
    }
}
