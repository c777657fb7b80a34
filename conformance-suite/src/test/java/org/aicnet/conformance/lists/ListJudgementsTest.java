package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judgements of the list checks can fail, and accept exactly the readings they claim to accept. */
class ListJudgementsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> images(String... idAndName) {
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < idAndName.length; i += 2) {
            items.add(JSON.createObjectNode().put("imageId", idAndName[i]).put("imageName", idAndName[i + 1])
                    .put("createTime", "2024-01-0" + (i / 2 + 1) + " 10:00:00").put("processor", "GPU"));
        }
        return items;
    }

    @Test
    void anOrderOutOfPlaceFailsAndNamesTheItems() {
        Ordering.Verdict verdict = Ordering.judge(AnnexLists.IMAGES, images("a", "x", "b", "y", "c", "w"),
                AnnexLists.IMAGES.sort("imageName"), false);
        assertFalse(verdict.holds());
        assertTrue(verdict.violation().contains("'b'") && verdict.violation().contains("'c'"), verdict.violation());
    }

    @Test
    void caseInsensitiveOrderIsAcceptedAndRecognised() {
        Ordering.Verdict verdict = Ordering.judge(AnnexLists.IMAGES, images("1", "alpha", "2", "Beta", "3", "gamma"),
                AnnexLists.IMAGES.sort("imageName"), false);
        assertTrue(verdict.holds(), verdict.violation());
        assertEquals("case-insensitive order", verdict.valueOrders());
    }

    @Test
    void codePointOrderIsAcceptedAndRecognised() {
        Ordering.Verdict verdict = Ordering.judge(AnnexLists.IMAGES, images("1", "Beta", "2", "alpha", "3", "gamma"),
                AnnexLists.IMAGES.sort("imageName"), false);
        assertTrue(verdict.holds(), verdict.violation());
        assertEquals("code-point order", verdict.valueOrders());
    }

    @Test
    void itemsOfEqualValueMayComeInAnyOrder() {
        SortField processor = AnnexLists.IMAGES.sort("processor");
        assertTrue(Ordering.judge(AnnexLists.IMAGES, images("c", "n", "b", "n", "a", "n"), processor, true).holds());
        assertTrue(Ordering.judge(AnnexLists.IMAGES, images("a", "n", "c", "n", "b", "n"), processor, true).holds(),
                "ties in any id order under a descending sort");
    }

    @Test
    void jobsCreatedInOneSecondMayComeInTheOrderOfAHiddenFraction() {
        List<JsonNode> jobs = new ArrayList<>();
        for (String[] job : new String[][]{{"j1", "2024-01-01 10:00:01"}, {"j3", "2024-01-01 10:00:00"},
                {"j2", "2024-01-01 10:00:00"}, {"j0", "2024-01-01 10:00:00"}}) {
            jobs.add(JSON.createObjectNode().set("metadata", JSON.createObjectNode().put("id", job[0])
                    .put("createTime", job[1])));
        }
        SortField createTime = AnnexLists.TRAINING_JOBS.sort("createTime");
        assertTrue(Ordering.judge(AnnexLists.TRAINING_JOBS, jobs, createTime, true).holds());
        Ordering.Verdict ascending = Ordering.judge(AnnexLists.TRAINING_JOBS, jobs, createTime, false);
        assertFalse(ascending.holds(), "values that differ on the wire are still judged");
        assertTrue(ascending.violation().contains("'j1'"), ascending.violation());
    }

    @Test
    void twoListingsAgreeWhenOnlyItemsOfEqualValueSwapPlaces() {
        List<JsonNode> first = datasets("a", "same", "b", "same", "c", "zeta");
        List<JsonNode> swapped = datasets("b", "same", "a", "same", "c", "zeta");
        SortField title = AnnexLists.DATASETS.defaultSort();
        assertNull(Ordering.sameOrder(AnnexLists.DATASETS, first, swapped, title));
        assertNotNull(Ordering.sameOrder(AnnexLists.DATASETS, first, datasets("c", "zeta", "a", "same", "b", "same"),
                title), "items of different value in another order");
        assertNotNull(Ordering.sameOrder(AnnexLists.DATASETS, first, datasets("a", "same", "d", "same", "c", "zeta"),
                title), "another item among the equal ones");
        ListChecks.sameItemsSameOrder(AnnexLists.DATASETS, new ListPage(Map.of(), first, 3),
                new ListPage(Map.of("sort", "datasetName"), swapped, 3));
        assertThrows(AssertionError.class, () -> ListChecks.sameItemsSameOrder(AnnexLists.DATASETS,
                new ListPage(Map.of(), first, 3), new ListPage(Map.of(), datasets("c", "zeta", "b", "same", "a", "same"), 3)));
    }

    @Test
    void thePagesOfOneQueryStillHoldEveryItemOnceWhateverTheTies() {
        assertThrows(AssertionError.class,
                () -> ListChecks.eachItemOnce(walk(2, 3, List.of(List.of("a", "b"), List.of("a")))));
    }

    private static List<JsonNode> datasets(String... idAndTitle) {
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < idAndTitle.length; i += 2) {
            items.add(JSON.createObjectNode().put("id", idAndTitle[i]).put("title", idAndTitle[i + 1]));
        }
        return items;
    }

    @Test
    void jobStatesSortInTheOrderOfTable4OrAsText() {
        List<JsonNode> jobs = new ArrayList<>();
        for (String[] job : new String[][]{{"1", "PENDING"}, {"2", "RUNNING"}, {"3", "FAILED"}}) {
            jobs.add(JSON.createObjectNode().put("status", job[1]).set("metadata",
                    JSON.createObjectNode().put("id", job[0])));
        }
        Ordering.Verdict verdict = Ordering.judge(AnnexLists.TRAINING_JOBS, jobs,
                AnnexLists.TRAINING_JOBS.sort("status"), false);
        assertTrue(verdict.holds());
        assertEquals("the order of table 4 (6.3.4)", verdict.valueOrders());
    }

    @Test
    void theSizeOfADatasetIsComparedAsANumber() {
        List<JsonNode> datasets = List.of(JSON.createObjectNode().put("id", "a").put("size", 9),
                JSON.createObjectNode().put("id", "b").put("size", 10));
        assertTrue(Ordering.judge(AnnexLists.DATASETS, datasets, AnnexLists.DATASETS.sort("size"), false).holds());
        assertNull(Ordering.judge(AnnexLists.DATASETS, datasets, AnnexLists.DATASETS.sort("size"), false)
                .valueOrders());
    }

    private static Walk walk(int pageSize, long total, List<List<String>> pages) {
        List<ListPage> listed = new ArrayList<>();
        for (List<String> ids : pages) {
            listed.add(new ListPage(Map.of(), ids.stream().map(id -> (JsonNode) JSON.createObjectNode()
                    .put("imageId", id)).toList(), total));
        }
        return new Walk(AnnexLists.IMAGES, Map.of(), pageSize, listed, true);
    }

    @Test
    void pagingJudgementsFailOnOversizedShortOverlappingOrMiscountedPages() {
        ListChecks.pagesAtMost(walk(2, 3, List.of(List.of("a", "b"), List.of("c"))));
        ListChecks.eachItemOnce(walk(2, 3, List.of(List.of("a", "b"), List.of("c"))));
        assertThrows(AssertionError.class, () -> ListChecks.pagesAtMost(walk(2, 3, List.of(List.of("a", "b", "c")))));
        assertThrows(AssertionError.class,
                () -> ListChecks.pagesBeforeLastFull(walk(2, 3, List.of(List.of("a"), List.of("b", "c")))));
        assertThrows(AssertionError.class,
                () -> ListChecks.eachItemOnce(walk(2, 4, List.of(List.of("a", "b"), List.of("b", "c")))));
        assertThrows(AssertionError.class,
                () -> ListChecks.eachItemOnce(walk(2, 5, List.of(List.of("a", "b"), List.of("c")))));
    }

    @Test
    void filterValuesComeFromWhatThePlatformLists() {
        List<JsonNode> items = images("a", "MNIST digits", "b", "CIFAR", "c", "x");
        assertEquals(List.of("GPU"), FilterValues.of(AnnexLists.IMAGES.filter("processor"), items, List.of()));
        assertEquals(List.of("2024-01-01 10:00:00", "2024-01-02 10:00:00", "2024-01-03 10:00:00"),
                FilterValues.of(AnnexLists.IMAGES.filter("createAfter"), items, List.of()));
        List<String> searches = FilterValues.of(ListFilter.textSearch("query", "/imageName"), items, List.of());
        assertTrue(searches.contains("NIST digit") && searches.contains("nist digit"), searches.toString());
    }
}
