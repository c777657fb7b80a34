package org.aicnet.conformance.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.aicnet.conformance.check.World;
import org.aicnet.conformance.jobs.JobChecks;
import org.aicnet.conformance.jobs.Jobs;
import org.aicnet.conformance.jobs.SharedJob;
import org.aicnet.conformance.jobs.TrackedJob;
import org.aicnet.conformance.lists.AnnexLists;
import org.aicnet.conformance.lists.Walk;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Expect;
import org.aicnet.schemas.standard.ListQueries;
import org.opentest4j.TestAbortedException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generic list steps ({@link ListSteps}) cannot see of the training jobs: their user id, and the tasks the
 * centerId and processor filters select by (reading R-job-filters), read from each job's detail.
 */
public final class JobListSteps {

    /** At most this many job details are read by one step. */
    private static final int MAX_DETAILS = 30;

    private final World world;
    private final Jobs jobs;
    private final ListFindings found;
    private final List<TrackedJob> ofThisRun = new ArrayList<>();
    /** What the detail of each job read so far shows of the filter: job id -> values. */
    private final Map<String, Set<String>> taskValues = new LinkedHashMap<>();

    public JobListSteps(World world, Jobs jobs, ListFindings found) {
        this.world = world;
        this.jobs = jobs;
        this.found = found;
    }

    /** The shared jobs of this run, ended or running; in non-destructive mode the user's jobs as they are. */
    @Given("the user has training jobs that succeeded, failed and still run")
    public void theUserHasJobs() {
        if (world.config().nonDestructive()) {
            found.note("non-destructive mode: the training jobs listed are those the user already has");
            return;
        }
        ofThisRun.add(jobs.finished(SharedJob.SUCCEEDED));
        ofThisRun.add(jobs.finished(SharedJob.FAILED));
        ofThisRun.add(jobs.running());
    }

    /** A.39: every job a user creates carries that user's id, and the user's list holds their jobs only. */
    @Then("every training job listed carries the same user id")
    public void everyJobCarriesTheSameUserId() {
        Set<String> userIds = new LinkedHashSet<>();
        all().items().forEach(item -> userIds.add(item.at("/metadata/userId").asText()));
        JobChecks.oneUserId(userIds);
        if (userIds.isEmpty()) {
            throw new TestAbortedException("the user has no training jobs to compare");
        }
    }

    @Then("the user's training jobs of this run are listed with the metadata they were created with")
    public void theJobsOfThisRunAreListedAsCreated() {
        if (ofThisRun.isEmpty()) {
            throw new TestAbortedException("no training job was created in this run (non-destructive mode)");
        }
        Walk all = all();
        for (TrackedJob job : ofThisRun) {
            if (!all.complete() && !all.ids().contains(job.id())) {
                found.note(job + " is not among " + all.extent() + ": its entry was not compared");
                continue;
            }
            JsonNode entry = JobChecks.entryOf(job, all);
            Expect.sameFields("the list entry's metadata (A.39) of " + job + " and the creation's (A.34)",
                    job.created().path("metadata"), entry.path("metadata"));
        }
    }

    /** Reading R-job-filters: each job listed under centerId or processor has its tasks there, or on it. */
    @Then("every training job listed under the filter has tasks that meet it")
    public void everyJobListedHasTasksThatMeetIt() {
        String parameter = parameter();
        int read = 0;
        for (Map.Entry<String, Walk> filtered : found.filtered.entrySet()) {
            for (String id : filtered.getValue().ids()) {
                if (read++ == MAX_DETAILS) {
                    found.note("only the first " + MAX_DETAILS + " training jobs listed under the filter were read");
                    return;
                }
                JobChecks.tasksMeetTheFilter(id, parameter, filtered.getKey(), taskValues(id, parameter));
            }
        }
        if (read == 0) {
            throw new TestAbortedException("no training job is listed under any value of " + parameter);
        }
    }

    /** Reading R-job-filters: each job of the user is listed under the values its tasks show, where tried. */
    @Then("every training job whose tasks meet the filter is listed under it")
    public void everyJobWhoseTasksMeetItIsListed() {
        String parameter = parameter();
        Walk all = all();
        Map<String, Set<String>> valuesOfJobs = new LinkedHashMap<>();
        for (String id : all.ids().stream().limit(MAX_DETAILS).toList()) {
            valuesOfJobs.put(id, taskValues(id, parameter));
        }
        if (all.ids().size() > MAX_DETAILS || !all.complete()) {
            found.note("only " + valuesOfJobs.size() + " training jobs were read: checked that those are listed");
        }
        int checked = 0;
        for (Map.Entry<String, Set<String>> job : valuesOfJobs.entrySet()) {
            for (String value : job.getValue()) {
                Walk filtered = found.filtered.get(value);
                if (filtered == null || !filtered.complete()) {
                    continue;
                }
                checked++;
                JobChecks.listedUnderTheFilter(job.getKey(), parameter, value, filtered);
            }
        }
        if (checked == 0) {
            throw new TestAbortedException("none of the user's training jobs has tasks with a value of " + parameter
                    + " the filter was tried with");
        }
    }

    /** The centers, or the processor types, that a job's tasks show in its detail (read once per check). */
    private Set<String> taskValues(String id, String parameter) {
        Set<String> known = taskValues.get(id);
        if (known != null) {
            return known;
        }
        ApiResponse detail = jobs.detail(id, jobs.user());
        JobChecks.detailServed(id, detail);
        String pointer = parameter.equals("centerId") ? "/centerId" : "/specInfo/processor/processorType";
        Set<String> values = new LinkedHashSet<>();
        detail.json().path("tasks").forEach(task -> values.add(task.at(pointer).asText()));
        taskValues.put(id, values);
        return values;
    }

    private String parameter() {
        if (found.filter == null || found.list != AnnexLists.TRAINING_JOBS) {
            throw new IllegalStateException("kit defect: no training jobs were listed under a filter");
        }
        String parameter = found.filter.parameter();
        if (!parameter.equals(ListQueries.CENTER_ID) && !parameter.equals(ListQueries.PROCESSOR)) {
            throw new IllegalStateException("kit defect: " + parameter + " is shown by the jobs listed");
        }
        return parameter;
    }

    private Walk all() {
        if (found.all == null || found.all.list() != AnnexLists.TRAINING_JOBS) {
            throw new IllegalStateException("kit defect: the training jobs were not all listed before");
        }
        return found.all;
    }
}
