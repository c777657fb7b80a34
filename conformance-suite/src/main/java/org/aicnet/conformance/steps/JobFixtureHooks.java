package org.aicnet.conformance.steps;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.run.RunContext;

/**
 * Submits the shared jobs the selected checks need when the run starts, and stops following them when the checks are
 * over, handing the run what its jobs used.
 */
public final class JobFixtureHooks {

    private JobFixtureHooks() {
    }

    @BeforeAll
    public static void submitSharedJobs() {
        RunContext run = RunContext.current();
        if (!run.dryRun() && !run.cancelled()) {
            new Jobs(World.forFixture(run, "job fixtures")).prepareEarly(FixtureDemand.of(run.selectedSteps()));
        }
    }

    @AfterAll
    public static void stopFollowingSharedJobs() {
        RunContext run = RunContext.current();
        if (!run.dryRun()) {
            run.jobUsage(Jobs.close(run));
        }
    }
}
