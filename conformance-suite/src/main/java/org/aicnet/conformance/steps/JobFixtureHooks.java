package org.aicnet.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.run.RunContext;

/**
 * Submits the shared jobs the selected checks need when the run starts, releases each once the last check that needs
 * it is over, and stops following them when the checks are over, handing the run what its jobs used.
 */
public final class JobFixtureHooks {


    @BeforeAll
    public static void submitSharedJobs() {
        RunContext run = RunContext.current();
        if (!run.dryRun() && !run.cancelled()) {
            new Jobs(World.forFixture(run, "job fixtures")).prepareEarly(FixtureDemand.byCheck(run.selectedSteps()));
        }
    }

    /** A check is over: the shared jobs that no check still to run needs are released. */
    @After
    public void checkOver(Scenario scenario) {
        RunContext run = RunContext.current();
        if (!run.dryRun()) {
            Jobs.checkOver(run, RunContext.checkId(scenario.getUri(), scenario.getLine()));
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
