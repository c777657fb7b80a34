package org.aicnet.server.jobs;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Times;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /trainjob (A.35-A.39): the caller's training jobs, every filter, sort, order and paging edge. */
class ListTrainJobsTest {

    private record Row(String id, String name, String status, String createTime) {
    }

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();
    static JobCalls alice;
    static List<String> ids = new ArrayList<>();

    @BeforeAll
    static void jobsInEveryState() throws InterruptedException {
        alice = new JobCalls(network.server(), TestServers.ALICE);
        JobCalls bob = new JobCalls(network.server(), TestServers.BOB);
        String succeeded = alice.create("list-b", "exit 0");
        String failed = alice.create("list-e", "exit 2");
        String running = alice.create("list-a", "sleep 60");
        String stopped = alice.create("list-d", "sleep 60");
        Map<String, Object> npu = JobCalls.body("list-c", TestNetworks.NPU_1, "exit 0");
        JobCalls.config(npu).put(JobFields.IMAGE_ID, TestNetworks.MINDSPORE);
        String onNpu = alice.create(npu);
        bob.create("bobs", "exit 0");
        ok(alice.post(ApiPaths.ONLINE_JOBS, JobCalls.body("service", TestNetworks.GPU_1, null)),
                TableSchemas.ONLINEJOB_CREATE_RESPONSE);
        alice.await(succeeded, JobStatus.SUCCEEDED);
        alice.await(failed, JobStatus.FAILED);
        alice.await(running, JobStatus.RUNNING);
        alice.await(stopped, JobStatus.RUNNING);
        alice.stop(stopped);
        alice.await(onNpu, JobStatus.SUCCEEDED);
        ids.addAll(List.of(succeeded, failed, running, stopped, onNpu));
    }

    private static JsonPath list(Map<String, ?> query) {
        return ok(alice.request().queryParams(query).get(ApiPaths.TRAIN_JOBS), TableSchemas.TRAINJOB_LIST_RESPONSE);
    }

    private static List<Row> rows(JsonPath list) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < list.getList("items").size(); i++) {
            String item = "items[" + i + "].";
            rows.add(new Row(list.getString(item + "metadata.id"), list.getString(item + "metadata.name"),
                    list.getString(item + "status"), list.getString(item + "metadata.createTime")));
        }
        return rows;
    }

    private static List<String> idsOf(Map<String, ?> query) {
        return rows(list(query)).stream().map(Row::id).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> reversed = new ArrayList<>(list);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static Response raw(Map<String, ?> query) {
        return alice.request().queryParams(query).get(ApiPaths.TRAIN_JOBS);
    }

    @Test
    void byDefaultTheCallersTrainingJobsByIdDescending() {
        JsonPath list = list(Map.of());
        assertEquals(5, list.getLong("totalSize"));
        assertEquals(reversed(ids), rows(list).stream().map(Row::id).toList());
        assertEquals(List.of("u-alice"), list.getList("items.metadata.userId").stream().distinct().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "name", "status", "createTime"})
    void everySortInBothOrdersTiesBrokenById(String sort) {
        Comparator<Row> byField = switch (sort) {
            case "name" -> Comparator.comparing(Row::name);
            case "status" -> Comparator.comparing(Row::status);
            case "createTime" -> Comparator.comparing(Row::createTime);
            default -> Comparator.comparing(Row::id);
        };
        Comparator<Row> ascending = byField.thenComparing(Row::id);
        List<Row> asc = rows(list(Map.of(ListQueries.SORT, sort, ListQueries.ORDER, ListQueries.ASC)));
        assertEquals(asc.stream().sorted(ascending).toList(), asc);
        assertEquals(5, asc.size());
        List<Row> desc = rows(list(Map.of(ListQueries.SORT, sort, ListQueries.ORDER, ListQueries.DESC)));
        assertEquals(reversed(asc), desc);
        assertEquals(desc, rows(list(Map.of(ListQueries.SORT, sort))), "desc is the default order");
    }

    @Test
    void sortByNameAndStatusGiveTheirOrders() {
        assertEquals(List.of("list-a", "list-b", "list-c", "list-d", "list-e"),
                rows(list(Map.of(ListQueries.SORT, "name", ListQueries.ORDER, ListQueries.ASC))).stream()
                        .map(Row::name).toList());
        assertEquals(List.of("FAILED", "RUNNING", "STOPPED", "SUCCEEDED", "SUCCEEDED"),
                rows(list(Map.of(ListQueries.SORT, "status", ListQueries.ORDER, ListQueries.ASC))).stream()
                        .map(Row::status).toList());
    }

    @Test
    void filtersAreExactAndUnknownValuesGiveAnEmptyList() {
        assertEquals(List.of(ids.get(4)), idsOf(Map.of(ListQueries.CENTER_ID, TestNetworks.NPU_CENTER)));
        assertEquals(4, list(Map.of(ListQueries.CENTER_ID, TestNetworks.GPU_CENTER)).getLong("totalSize"));
        assertEquals(List.of(), idsOf(Map.of(ListQueries.CENTER_ID, "nowhere")));
        assertEquals(List.of(ids.get(4)), idsOf(Map.of(ListQueries.PROCESSOR, "NPU")));
        assertEquals(4, list(Map.of(ListQueries.PROCESSOR, "GPU")).getLong("totalSize"));
        assertEquals(List.of(), idsOf(Map.of(ListQueries.PROCESSOR, "TPU")));
        assertEquals(List.of(ids.get(1)), idsOf(Map.of(ListQueries.STATUS, "FAILED")));
        assertEquals(List.of(ids.get(3)), idsOf(Map.of(ListQueries.STATUS, "STOPPED")));
        assertEquals(List.of(ids.get(2)), idsOf(Map.of(ListQueries.STATUS, "RUNNING")));
        assertEquals(List.of(), idsOf(Map.of(ListQueries.STATUS, "PENDING")));
        assertEquals(List.of(ids.get(4), ids.get(0)), idsOf(Map.of(ListQueries.STATUS, "SUCCEEDED")));
        assertEquals(List.of(ids.get(0)), idsOf(Map.of(ListQueries.STATUS, "SUCCEEDED", ListQueries.PROCESSOR, "GPU")));
        JsonPath page = list(Map.of(ListQueries.STATUS, "SUCCEEDED", ListQueries.PAGE_SIZE, 1));
        assertEquals(2, page.getLong("totalSize"));
    }

    @Test
    void aStatusThatIsNotOneOf634Is0202() {
        error(raw(Map.of(ListQueries.STATUS, "DONE")), ErrorCode.PARAMETER_VALUE);
        error(raw(Map.of(ListQueries.STATUS, "failed")), ErrorCode.PARAMETER_VALUE);
    }

    @Test
    void createTimeBoundsAreInclusive() {
        LocalDateTime created = Times.parse(rows(list(Map.of())).get(4).createTime()).orElseThrow();
        String at = Times.format(created);
        String now = Times.format(LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusMinutes(1));
        assertEquals(5, list(Map.of(ListQueries.CREATE_AFTER, at, ListQueries.CREATE_BEFORE, now))
                .getLong("totalSize"));
        assertTrue(idsOf(Map.of(ListQueries.CREATE_BEFORE, at)).contains(ids.get(0)));
        assertEquals(ids.get(0), idsOf(Map.of(ListQueries.CREATE_AFTER, at, ListQueries.CREATE_BEFORE, at,
                ListQueries.SORT, "id",
                ListQueries.ORDER, ListQueries.ASC)).get(0));
        assertEquals(List.of(), idsOf(Map.of(ListQueries.CREATE_AFTER, now)));
        assertEquals(List.of(), idsOf(Map.of(ListQueries.CREATE_BEFORE, Times.format(created.minusSeconds(1)))));
    }

    @Test
    void badTimesAre0202AndAnInvertedRange0230() {
        error(raw(Map.of(ListQueries.CREATE_AFTER, "2024-13-01 00:00:00")), ErrorCode.PARAMETER_VALUE);
        error(raw(Map.of(ListQueries.CREATE_BEFORE, "yesterday")), ErrorCode.PARAMETER_VALUE);
        error(raw(Map.of(ListQueries.CREATE_AFTER, "2024-05-02 00:00:00", ListQueries.CREATE_BEFORE,
                "2024-05-01 00:00:00")),
                ErrorCode.TIME_RANGE);
    }

    @Test
    void pagesSplitTheListAndCountEverything() {
        List<String> all = idsOf(Map.of());
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonPath list = list(Map.of(ListQueries.PAGE, page, ListQueries.PAGE_SIZE, 2));
            assertEquals(5, list.getLong("totalSize"));
            paged.addAll(rows(list).stream().map(Row::id).toList());
        }
        assertEquals(all, paged);
        JsonPath past = list(Map.of(ListQueries.PAGE, 4, ListQueries.PAGE_SIZE, 2));
        assertEquals(List.of(), past.getList("items"));
        assertEquals(5, past.getLong("totalSize"));
        assertEquals(5, list(Map.of(ListQueries.PAGE_SIZE, 1000)).getList("items").size());
        JsonPath farAway = list(Map.of(ListQueries.PAGE, Integer.MAX_VALUE, ListQueries.PAGE_SIZE, 1000));
        assertEquals(List.of(), farAway.getList("items"));
        assertEquals(5, farAway.getLong("totalSize"));
    }

    @Test
    void pagingAndSortingOutOfBoundsAreRefused() {
        error(raw(Map.of(ListQueries.PAGE, 0)), ErrorCode.PARAMETER_RANGE);
        error(raw(Map.of(ListQueries.PAGE_SIZE, 0)), ErrorCode.PARAMETER_RANGE);
        error(raw(Map.of(ListQueries.PAGE_SIZE, 1001)), ErrorCode.PARAMETER_RANGE);
        error(raw(Map.of(ListQueries.PAGE, "one")), ErrorCode.PARAMETER_TYPE);
        error(raw(Map.of(ListQueries.PAGE_SIZE, "1.5")), ErrorCode.PARAMETER_TYPE);
        error(raw(Map.of(ListQueries.SORT, "userId")), ErrorCode.PARAMETER_VALUE);
        error(raw(Map.of(ListQueries.ORDER, "up")), ErrorCode.PARAMETER_VALUE);
    }
}
