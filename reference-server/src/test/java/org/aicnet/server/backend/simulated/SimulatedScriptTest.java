package org.aicnet.server.backend.simulated;

import org.aicnet.server.backend.simulated.SimulatedScript.Event;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the simulated backend reads a command: sleep, exit, echo, anything else, chains, services. */
class SimulatedScriptTest {

    private static final Duration RUN_TIME = Duration.ofMillis(300);

    private static List<Event> training(String command) {
        return SimulatedScript.parse(command, RUN_TIME, false).events();
    }

    @Test
    void sleepRunsThatManySecondsThenSucceeds() {
        assertEquals(List.of(new Event(2000, null, 0)), training("sleep 2"));
        assertEquals(List.of(new Event(1500, null, 0)), training("sleep 1.5"));
    }

    @Test
    void exitEndsWithItsCode() {
        assertEquals(List.of(new Event(0, null, 3)), training("exit 3"));
        assertEquals(List.of(new Event(0, null, 0)), training("exit 0"));
        assertEquals(List.of(new Event(0, null, 0)), training("exit"));
    }

    @Test
    void echoWritesItsText() {
        assertEquals(List.of(new Event(0, "hello world", null), new Event(0, null, 0)), training("echo hello world"));
        assertEquals(List.of(new Event(0, "a; b", null), new Event(0, null, 0)), training("echo \"a; b\""));
    }

    @Test
    void anythingElseWorksForTheRunTime() {
        assertEquals(List.of(new Event(300, null, 0)), training("python train.py --epochs 3"));
        assertEquals(List.of(new Event(300, null, 0)), training(null));
        assertEquals(List.of(new Event(300, null, 0)), training("   "));
        assertEquals(List.of(new Event(300, null, 0)), training("exit 999"));
        assertEquals(List.of(new Event(300, null, 0)), training("sleep forever"));
    }

    @Test
    void stepsChainWithSemicolonsAmpersandsAndNewLines() {
        assertEquals(List.of(new Event(0, "epoch 1", null), new Event(1000, "epoch 2", null),
                        new Event(1300, null, 4)),
                training("echo epoch 1; sleep 1 && echo epoch 2\npython eval.py; exit 4; echo never"));
    }

    @Test
    void aServiceWhoseCommandDoesNotEndRunsUntilStopped() {
        SimulatedScript server = SimulatedScript.parse("python serve.py", RUN_TIME, true);
        assertFalse(server.ends());
        assertFalse(SimulatedScript.parse(null, RUN_TIME, true).ends());
        assertEquals(List.of(new Event(0, "loading", null)),
                SimulatedScript.parse("echo loading; python serve.py", RUN_TIME, true).events());
    }

    @Test
    void aServiceWhoseCommandEndsEnds() {
        SimulatedScript service = SimulatedScript.parse("sleep 2", RUN_TIME, true);
        assertTrue(service.ends());
        assertEquals(List.of(new Event(2000, null, 0)), service.events());
    }
}
