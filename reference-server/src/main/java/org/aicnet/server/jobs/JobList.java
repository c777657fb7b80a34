package org.aicnet.server.jobs;

import org.aicnet.server.http.Page;

import java.util.List;

/** A.37. */
record JobList(List<JobSummary> items, long totalSize) {

    static JobList of(Page<Job> page) {
        return new JobList(page.items().stream().map(JobSummary::of).toList(), page.totalSize());
    }
}
