package org.aicnet.conformance.steps;

import org.aicnet.conformance.check.World;
import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import org.aicnet.conformance.lists.AnnexList;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.conformance.platform.Standard;
import org.opentest4j.TestAbortedException;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading R-time-format: every time the platform writes (expiresAt, createTime, stoppedTime) is yyyy-MM-dd HH:mm:ss on
 * a 24-hour clock, and a real date and time (no 30 February, no hour 24).
 */
public final class TimeSteps {

    private static final Set<String> TIME_FIELDS = Set.of("expiresAt", "createTime", "stoppedTime");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private final World world;
    private final ListFindings found;

    public TimeSteps(World world, ListFindings found) {
        this.world = world;
        this.found = found;
    }

    @Then("every time in the answer is a real date and time written yyyy-MM-dd HH:mm:ss")
    public void everyTimeInTheAnswerIsWellWritten() {
        List<String> times = new ArrayList<>();
        collect("", Expect.json(world.response()), times);
        judge(times, "the answer");
    }

    @Then("every time the {list} show is a real date and time written yyyy-MM-dd HH:mm:ss")
    public void everyTimeTheListShowsIsWellWritten(AnnexList list) {
        if (found.all == null || found.all.list() != list) {
            throw new IllegalStateException("kit defect: the " + list.name() + " were not listed");
        }
        List<String> times = new ArrayList<>();
        for (JsonNode item : found.all.items()) {
            collect(list.id(item), item, times);
        }
        judge(times, "the " + list.name());
    }

    private static void judge(List<String> times, String where) {
        if (times.isEmpty()) {
            throw new TestAbortedException(where + " show no time to look at");
        }
        for (String entry : times) {
            String value = entry.substring(entry.indexOf('=') + 1);
            try {
                LocalDateTime.parse(value, FORMAT);
            } catch (DateTimeParseException e) {
                throw new AssertionError("in " + where + ", " + entry + " is not a real date and time written "
                        + Standard.TIME_PATTERN + " on a 24-hour clock (R-time-format)");
            }
        }
    }

    /** Every time field anywhere in the JSON, as "where.field=value". */
    private static void collect(String where, JsonNode node, List<String> times) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = where.isEmpty() ? field.getKey() : where + "." + field.getKey();
                if (TIME_FIELDS.contains(field.getKey())) {
                    times.add(path + "=" + (field.getValue().isTextual() ? field.getValue().asText()
                            : field.getValue().toString()));
                } else {
                    collect(path, field.getValue(), times);
                }
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node) {
                collect(where + "[" + i++ + "]", element, times);
            }
        }
    }
}
