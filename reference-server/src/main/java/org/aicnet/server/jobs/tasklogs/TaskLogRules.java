package org.aicnet.server.jobs.tasklogs;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * How the links to task logs of 7.4.4 are handed out and served: the contentType values a link may be asked for
 * beyond those of trainjob-log-url-params.json (A.47: none beyond text/plain and application/octet-stream), and how
 * the server takes a link's {@link TaskLogSigner.Verdict} (reading R-log-link: only a valid link serves the task log). {@link #STANDARD} is the standard's; the deviations of
 * {@code org.aicnet.server.deviations} replace single rules.
 */
public record TaskLogRules(Predicate<String> moreContentTypes, UnaryOperator<TaskLogSigner.Verdict> verdicts) {

    public static final TaskLogRules STANDARD = new TaskLogRules(contentType -> false, UnaryOperator.identity());

    public TaskLogRules withMoreContentTypes(Predicate<String> accepted) {
        return new TaskLogRules(accepted, verdicts);
    }

    /** {@code taken}: the verdict the server acts on, given the signer's. */
    public TaskLogRules withVerdicts(UnaryOperator<TaskLogSigner.Verdict> taken) {
        return new TaskLogRules(moreContentTypes, taken);
    }
}
