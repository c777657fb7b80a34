package org.aicnet.server.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark runs end to end, with tiny durations and few jobs: every figure is measured and every request was
 * answered as expected. It judges no speed: its PASS and MISS mean nothing at these sizes.
 */
class ServerBenchmarkSmokeTest {

    @Test
    void measuresEveryFigure(@TempDir Path work) throws Exception {
        Table table = ServerBenchmark.run(Settings.parse("jobs=30", "warmup=0.2", "seconds=0.3", "single=0.1",
                "postLimit=20", "connections=2", "starts=1", "work=" + work));
        List<Table.Row> rows = table.rows();
        List<String> measures = rows.stream().map(Table.Row::measure).toList();
        assertAll(
                () -> assertEquals(1, count(measures, "start, fresh data directory")),
                () -> assertEquals(2, count(measures, "GET /centers")),
                () -> assertEquals(1, count(measures, "POST /trainjob, 2 connections, 30 jobs")),
                () -> assertEquals(1, count(measures, "restart after kill -9")),
                () -> assertEquals(2, count(measures, "resident memory")),
                () -> assertEquals(18, count(measures, ", 1 connection")),
                () -> assertEquals(1, count(measures, "GET /trainjob, all 18 queries in turn, 2 connections")),
                () -> assertTrue(rows.stream().allMatch(row -> !row.result().isBlank()), table::markdown),
                () -> assertFalse(table.markdown().contains("FAILED"), table::markdown));
    }

    private static long count(List<String> measures, String part) {
        return measures.stream().filter(measure -> measure.contains(part)).count();
    }
}
