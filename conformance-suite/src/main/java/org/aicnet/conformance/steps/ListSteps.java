package org.aicnet.conformance.steps;

import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.lists.AnnexList;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.FilterValues;
import org.aicnet.conformance.lists.ListChecks;
import org.aicnet.conformance.lists.ListFilter;
import org.aicnet.conformance.lists.ListWalker;
import org.aicnet.conformance.lists.Walk;
import org.aicnet.schemas.standard.ListQueries;
import org.opentest4j.TestAbortedException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generic steps of the lists of annex A (centers, specs, images, datasets, training jobs): listing, walking the
 * pages, sorting, filtering, and the checks of paging (R-paging, R-total-size), order (R-order, R-sort-ties,
 * R-default-sort) and filters (R-filters). A list is named by its {@code {list}} parameter, see {@link AnnexLists}.
 */
public final class ListSteps {

    private static final int WALK_PAGES = 10;
    private static final int MAX_PAGE_SIZE = 1000;

    private final World world;
    private final ListFindings found;

    public ListSteps(World world, ListFindings found) {
        this.world = world;
        this.found = found;
    }

    @ParameterType(name = "list", value = AnnexLists.NAMES)
    public AnnexList list(String name) {
        return AnnexLists.named(name);
    }

    @Before
    public void keepScenario(Scenario scenario) {
        found.scenario = scenario;
    }

    private ListWalker walker() {
        return new ListWalker(world.client(), world.token(), world::respond);
    }

    // ---- listing

    @When("the user lists the {list}")
    public void theUserListsThe(AnnexList list) {
        found.list = list;
        walker().request(list, Map.of());
    }

    @When("the user lists the {list} with {string} set to {string}")
    public void theUserListsWithParameter(AnnexList list, String parameter, String value) {
        found.list = list;
        walker().request(list, Map.of(parameter, value));
    }

    @When("the user lists the {list} with:")
    public void theUserListsWithParameters(AnnexList list, Map<String, String> parameters) {
        found.list = list;
        walker().request(list, new LinkedHashMap<>(parameters));
    }

    @When("the user lists all the {list}")
    public void theUserListsAllThe(AnnexList list) {
        found.list = list;
        found.all = all(list);
    }

    @When("the user lists all the {list} sorted by {string} in {string} order")
    public void theUserListsAllSorted(AnnexList list, String sort, String order) {
        found.list = list;
        found.sortField = list.sort(sort);
        if (!order.equals(ListQueries.ASC) && !order.equals(ListQueries.DESC)) {
            throw new IllegalArgumentException("kit defect: order is asc or desc (R-order), not " + order);
        }
        found.descending = order.equals(ListQueries.DESC);
        found.sorted = walker().walk(list, Map.of(ListQueries.SORT, sort, ListQueries.ORDER, order), null);
        noteIfPrefix(found.sorted);
    }

    @When("the user lists the {list} once as it comes and once with {string} set to {string}")
    public void theUserListsTwice(AnnexList list, String parameter, String value) {
        found.list = list;
        found.first = walker().page(list, Map.of());
        found.second = walker().page(list, Map.of(parameter, value));
    }

    // ---- paging

    @When("the user walks through the pages of the {list} with a small page size")
    public void theUserWalksWithASmallPageSize(AnnexList list) {
        found.list = list;
        long total = walker().page(list, Map.of()).totalSize();
        if (total < 2) {
            throw new TestAbortedException("the platform lists " + total + " " + list.name()
                    + ": paging needs at least two");
        }
        // about WALK_PAGES pages of at least 2 items (1 when there are only 2), whatever the list's length
        long size = total == 2 ? 1 : Math.max(2, (total + WALK_PAGES - 1) / WALK_PAGES);
        found.paged = walker().walk(list, Map.of(), (int) Math.min(size, MAX_PAGE_SIZE));
        noteIfPrefix(found.paged);
    }

    @When("the user asks for the page after the last page of the {list}")
    public void theUserAsksForThePageAfterTheLast(AnnexList list) {
        found.list = list;
        int pageSize = found.paged != null ? found.paged.pageSize() : ListQueries.DEFAULT_PAGE_SIZE;
        found.totalBefore = walker().page(list, Map.of(ListQueries.PAGE_SIZE, String.valueOf(pageSize))).totalSize();
        long lastPage = Math.max(1, (found.totalBefore + pageSize - 1) / pageSize);
        found.pastEnd = walker().page(list, Map.of(ListQueries.PAGE_SIZE, String.valueOf(pageSize),
                ListQueries.PAGE, String.valueOf(lastPage + 1)));
    }

    @Then("every page holds at most the page size")
    public void everyPageHoldsAtMostThePageSize() {
        ListChecks.pagesAtMost(paged());
    }

    @Then("every page before the last is full")
    public void everyPageBeforeTheLastIsFull() {
        ListChecks.pagesBeforeLastFull(paged());
    }

    @Then("the pages hold each of the totalSize {list} exactly once")
    public void thePagesHoldEachExactlyOnce(AnnexList list) {
        same(list);
        ListChecks.eachItemOnce(paged());
    }

    @Then("the page is empty and totalSize is unchanged")
    public void thePageIsEmptyAndTotalSizeIsUnchanged() {
        if (found.pastEnd == null) {
            throw new IllegalStateException("kit defect: no page past the end was asked for");
        }
        ListChecks.emptyPage(found.list, found.pastEnd, found.totalBefore);
    }

    @Then("the totalSize counts every {list} listed")
    public void theTotalSizeCountsEvery(AnnexList list) {
        same(list);
        Walk all = all();
        ListChecks.eachItemOnce(all);
        ListChecks.totalSizeIsListedNumber(all);
        if (all.complete() && all.items().size() >= 2) {
            ListChecks.totalSizeAcrossPages(all, walker().page(list, Map.of(ListQueries.PAGE_SIZE, "1")).totalSize());
        }
    }

    @Then("every {list} listed has the shape of its table")
    public void everyListedHasTheShapeOfItsTable(AnnexList list) {
        same(list);
        Walk all = all();
        if (all.items().isEmpty()) {
            throw new TestAbortedException("the platform lists no " + list.name() + ": the fields of an item cannot"
                    + " be observed");
        }
        ListChecks.everyItemHasItsShape(all);
    }

    // ---- order

    @Then("both listings hold the same {list} in the same order")
    public void bothListingsHoldTheSameInTheSameOrder(AnnexList list) {
        same(list);
        if (found.first == null) {
            throw new IllegalStateException("kit defect: no two listings to compare");
        }
        if (found.first.items().size() < 2 && found.second.items().size() < 2) {
            throw new TestAbortedException("the platform lists fewer than two " + list.name()
                    + ": there is no order to compare");
        }
        ListChecks.sameItemsSameOrder(list, found.first, found.second);
    }

    @Then("the {list} are in that order")
    public void theAreInThatOrder(AnnexList list) {
        same(list);
        Walk sorted = found.sorted;
        if (sorted == null) {
            throw new IllegalStateException("kit defect: nothing was listed sorted");
        }
        if (!found.sortField.shown()) {
            // e.g. a center's createTime, which A.8 does not show (R-default-sort): the value is accepted, no more
            found.note("the " + list.name() + " do not show " + found.sortField.value()
                    + ": only checked that the sort value is accepted");
            return;
        }
        if (sorted.items().size() < 2) {
            throw new TestAbortedException("the platform lists fewer than two " + list.name()
                    + ": there is no order to observe");
        }
        ListChecks.inOrder(sorted, found.sortField, found.descending).ifPresent(valueOrders -> world.run()
                .recordReading("order of the " + list.name() + " by " + found.sortField.value(), valueOrders));
    }

    // ---- filters

    @When("the user lists the {list} filtered by {string} with each value found on the platform")
    public void theUserListsFilteredByEachValue(AnnexList list, String parameter) {
        found.list = list;
        ListFilter filter = list.filter(parameter);
        found.filter = filter;
        Walk all = all();
        List<String> values = FilterValues.of(filter, all.items(),
                filter.match() == ListFilter.Match.SCOPE ? all(AnnexLists.named(filter.valuesFrom())).items()
                        : List.of());
        if (values.isEmpty()) {
            throw new TestAbortedException("the platform lists no " + list.name() + " with a value of "
                    + parameter + " to filter by");
        }
        for (String value : values) {
            found.filtered.put(value, walker().walk(list, Map.of(parameter, value), null));
        }
    }

    @When("the user lists the {list} filtered by {string} with a value nothing has")
    public void theUserListsFilteredByAnUnknownValue(AnnexList list, String parameter) {
        found.list = list;
        found.filter = list.filter(parameter);
        found.page = walker().page(list, Map.of(parameter, "aicnet-unknown-" + world.run().runId()));
    }

    @Then("every {list} listed matches the filter")
    public void everyListedMatchesTheFilter(AnnexList list) {
        same(list);
        ListChecks.everyItemMatches(filter(), found.filtered);
    }

    @Then("every {list} that matches the filter is listed under it")
    public void everyThatMatchesIsListed(AnnexList list) {
        same(list);
        ListFilter filter = filter();
        Walk all = all();
        if (!all.complete()) {
            found.note("only " + all.extent() + " were walked: the filtered listings are checked against those");
        }
        ListChecks.everyMatchListed(filter, all, found.filtered, found::note).ifPresent(caseReading -> world.run()
                .recordReading("case in the " + filter.parameter() + " filter of the " + list.name(), caseReading));
    }

    @Then("every {list} listed under the filter is among all the {list}")
    public void everyListedUnderTheFilterIsAmongAll(AnnexList list, AnnexList same) {
        same(list);
        ListChecks.subsetOfAll(all(), found.filtered);
    }

    @Then("the listings under each value of the filter together hold all the {list}")
    public void theListingsTogetherHoldAll(AnnexList list) {
        same(list);
        ListChecks.togetherHoldAll(found.filter, all(), found.filtered);
    }

    @Then("no {list} are listed and totalSize is 0")
    public void noneIsListed(AnnexList list) {
        same(list);
        if (found.page == null) {
            throw new IllegalStateException("kit defect: no filtered page was listed");
        }
        ListChecks.noneListed(list, found.page);
    }

    // ---- helpers

    private Walk all() {
        if (found.all == null || found.all.list() != found.list) {
            found.all = all(found.list);
        }
        return found.all;
    }

    private Walk all(AnnexList list) {
        Walk walk = walker().walk(list, Map.of(), null);
        noteIfPrefix(walk);
        return walk;
    }

    private Walk paged() {
        if (found.paged == null) {
            throw new IllegalStateException("kit defect: the pages were not walked");
        }
        return found.paged;
    }

    private ListFilter filter() {
        if (found.filter == null || found.filtered.isEmpty()) {
            throw new IllegalStateException("kit defect: nothing was listed filtered");
        }
        return found.filter;
    }

    private void same(AnnexList list) {
        if (found.list != list) {
            throw new IllegalStateException("kit defect: the step speaks of the " + list.name()
                    + " but the check listed the " + found.list);
        }
    }

    private void noteIfPrefix(Walk walk) {
        if (!walk.complete()) {
            found.note("the list is too long to walk in " + ListWalker.MAX_PAGES + " requests: checked "
                    + walk.extent());
        }
    }
}
