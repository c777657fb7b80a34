package org.aicnet.conformance.run;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.TestCaseStarted;

/**
 * The plugin of the dry run before a run: hands the run each check it selects with the texts of its steps, from
 * which the run learns which jobs to submit at its start and how many checks lie ahead.
 */
public final class SelectedSteps implements ConcurrentEventListener {

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, event -> RunContext.current().selected(
                RunContext.checkId(event.getTestCase().getUri(), event.getTestCase().getLocation().getLine()),
                event.getTestCase().getTestSteps().stream().filter(PickleStepTestStep.class::isInstance)
                        .map(step -> ((PickleStepTestStep) step).getStep().getText()).toList()));
    }
}
