package org.aicnet.conformance.steps;

import io.cucumber.java.Scenario;
import org.aicnet.conformance.lists.AnnexList;
import org.aicnet.conformance.lists.ListFilter;
import org.aicnet.conformance.lists.ListPage;
import org.aicnet.conformance.lists.SortField;
import org.aicnet.conformance.lists.Walk;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the list steps of one check found, for the steps after them (one instance per scenario). */
public final class ListFindings {

    Scenario scenario;
    /** The unfiltered list, all pages. */
    Walk all;
    /** A sorted walk and the sort it was asked for. */
    Walk sorted;
    SortField sortField;
    boolean descending;
    /** A walk with an explicit small page size. */
    Walk paged;
    /** A page past the end and the totalSize the list had before. */
    ListPage pastEnd;
    long totalBefore;
    /** Two listings that should be equal. */
    ListPage first;
    ListPage second;
    /** A filter and the walk of each value it was tried with. */
    ListFilter filter;
    final Map<String, Walk> filtered = new LinkedHashMap<>();
    /** The last single page listed. */
    ListPage page;
    AnnexList list;

    /** Writes a line into the check's log, e.g. that only a prefix of a long list was walked. */
    void note(String text) {
        if (scenario != null) {
            scenario.log(text);
        }
    }
}
