package org.aicnet.conformance.jobs;

import org.aicnet.conformance.platform.ApiResponse;
import org.opentest4j.TestAbortedException;

import java.time.Duration;
import java.util.Optional;

/**
 * Reading R-online-url: what the address of an online job answered while the suite waited for its service. An answer
 * below 500 is the service; 5xx (a gateway's 502, 503 or 504 included) is tolerated while the service starts, but
 * still 5xx when the wait is over is a FAIL; an address the kit never got an answer from is not reachable from the
 * kit's network and SKIPs, as does a job that the platform shows as not RUNNING.
 */
final class ServiceWait {

    private final String url;
    private ApiResponse lastAnswer;
    private String lastNoAnswer;

    ServiceWait(String url) {
        this.url = url;
    }

    /** Records one try; true when the service answered. */
    boolean served(ApiResponse answer) {
        lastAnswer = answer;
        return answer.status() < 500;
    }

    void noAnswer(String why) {
        lastNoAnswer = why;
    }

    /** The wait of {@code waited} is over without the service: {@code jobStatus} where the platform shows one. */
    AssertionError overAfter(Duration waited, Optional<String> jobStatus) {
        if (lastAnswer == null) {
            throw new TestAbortedException("the online service at " + url + " gave no answer within " + waited
                    + ": it is not reachable from the kit's network (reading R-online-url); last: " + lastNoAnswer);
        }
        if (jobStatus.isPresent() && !jobStatus.get().equals("RUNNING")) {
            throw new TestAbortedException("the online job is " + jobStatus.get() + ", not RUNNING, after " + waited
                    + ": its service cannot be judged (is --job-timeout long enough for this platform?)");
        }
        return new AssertionError("the address " + url + " of the online job (A.60 metadata.url) still answered HTTP "
                + lastAnswer.status() + " after " + waited + (jobStatus.isPresent() ? " while the job is RUNNING" : "")
                + ": the address of a running online job serves the service, never a server error (reading "
                + "R-online-url)");
    }
}
