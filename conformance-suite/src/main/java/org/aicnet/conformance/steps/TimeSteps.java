package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.lists.AnnexList;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.platform.TimeChecks;
import org.opentest4j.TestAbortedException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading R-time-format: every time the platform writes (expiresAt, createTime, stoppedTime) is yyyy-MM-dd HH:mm:ss on
 * a 24-hour clock, and a real date and time (no 30 February, no hour 24).
 */
public final class TimeSteps {

    private final World world;
    private final ListFindings found;

    public TimeSteps(World world, ListFindings found) {
        this.world = world;
        this.found = found;
    }

    @Then("every time in the answer is a real date and time written yyyy-MM-dd HH:mm:ss")
    public void everyTimeInTheAnswerIsWellWritten() {
        List<String> times = new ArrayList<>();
        TimeChecks.collect("", Expect.json(world.response()), times);
        judge(times, "the answer");
    }

    @Then("every time the {list} show is a real date and time written yyyy-MM-dd HH:mm:ss")
    public void everyTimeTheListShowsIsWellWritten(AnnexList list) {
        if (found.all == null || found.all.list() != list) {
            throw new IllegalStateException("kit defect: the " + list.name() + " were not listed");
        }
        List<String> times = new ArrayList<>();
        for (JsonNode item : found.all.items()) {
            TimeChecks.collect(list.id(item), item, times);
        }
        judge(times, "the " + list.name());
    }

    private static void judge(List<String> times, String where) {
        if (times.isEmpty()) {
            throw new TestAbortedException(where + " show no time to look at");
        }
        TimeChecks.wellWritten(times, where);
    }
}
