package org.aicnet.conformance.steps;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.aicnet.conformance.check.World;

/** Binds each check's world to its scenario, so that its exchanges are kept as its evidence. */
public final class Hooks {

    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    @Before(order = 0)
    public void begin(Scenario scenario) {
        world.begin(scenario.getId());
        world.run().skipIfCancelled();
    }
}
