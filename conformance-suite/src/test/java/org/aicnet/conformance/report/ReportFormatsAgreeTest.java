package org.aicnet.conformance.report;

import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.schemas.SchemaCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every format of one run states the same counts: each is read back from its written text (see {@link ReadBack})
 * and compared with compliance.json's stated counts and with a recount of its tree.
 */
class ReportFormatsAgreeTest {

    static Stream<Arguments> runs() {
        Instant now = Instant.parse("2025-11-27T08:00:00Z");
        RunResult allPass = new RunResult("all-pass", "https://p.example", now, now.plusSeconds(3),
                Map.of("baseUrl", "https://p.example"), List.of(
                SampleRun.check("p:1", "P", "one", List.of("6.2-rest", "6.2-json"), true, Outcome.PASS, null, List.of()),
                SampleRun.check("p:2", "P", "two", List.of("6.2-json"), true, Outcome.PASS, null, List.of()),
                SampleRun.check("q:1", "Q", "three", List.of("A.6-page"), false, Outcome.SKIP, "why not", List.of())),
                List.of(), Map.of(), Set.of("6.2-rest", "6.2-json", "A.6-page"));
        RunResult nothingRan = new RunResult("nothing", "https://p.example", now, now, Map.of(),
                List.<CheckResult>of(), List.of(), Map.of(), Set.of());
        return Stream.of(Arguments.of("sample run", SampleRun.result()), Arguments.of("all pass", allPass),
                Arguments.of("no check ran", nothingRan));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void everyFormatStatesTheSameCounts(String name, RunResult run) throws Exception {
        ComplianceReport report = SampleRun.builder().build(run);
        Map<String, String> files = render(report);
        String json = files.get(ComplianceJson.FILE);
        assertEquals(List.of(), SchemaCatalog.get().violations(ComplianceJson.SCHEMA, json), "schema violations");

        FormatCounts stated = ReadBack.jsonStated(json);
        List<FormatCounts> others = List.of(ReadBack.jsonRecounted(json), ReadBack.junit(files.get(JunitXml.FILE)),
                ReadBack.markdown(files.get(ComplianceMarkdown.FILE)), ReadBack.badge(files.get(BadgeSvg.FILE)),
                ReadBack.html(files.get(ComplianceHtml.FILE)));
        for (FormatCounts other : others) {
            agree(stated, other, FormatCounts::checks, "checks by outcome");
            agree(stated, other, FormatCounts::mandatoryPassed, "mandatory checks passed");
            agree(stated, other, FormatCounts::mandatoryRun, "mandatory checks run");
            agree(stated, other, FormatCounts::requirements, "requirements by outcome");
            agree(stated, other, FormatCounts::failuresShown, "failed or errored checks shown");
            agree(stated, other, FormatCounts::verdict, "verdict");
        }
        assertEquals(run.checks().size(), stated.checks().get("total"), "every check of the run is counted once");
        assertEquals(report.verdict().name(), stated.verdict());
    }

    private static <T> void agree(FormatCounts stated, FormatCounts other, Function<FormatCounts, T> count,
                                  String what) {
        T shown = count.apply(other);
        if (shown != null) {
            T expected = count.apply(stated);
            assertNotNull(expected, "compliance.json states no " + what);
            assertEquals(expected, shown, what + ": " + other.source() + " disagrees with compliance.json");
        }
    }

    static Map<String, String> render(ComplianceReport report) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        ReportDirectory.FORMATS.forEach(format -> files.put(format.fileName(), format.render(report)));
        return files;
    }
}
