package org.aicnet.server.jobs.logs;

import org.aicnet.server.standard.Api;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * How the log links of 7.4.4 are handed out and served: the contentType values a link may be asked for (A.47:
 * text/plain or application/octet-stream), and how the server takes a link's {@link LogLinkSigner.Verdict} (reading
 * R-log-link: only a valid link serves the log). {@link #STANDARD} is the standard's; the deviations of
 * {@code org.aicnet.server.deviations} replace single rules.
 */
public record LogRules(Predicate<String> contentTypes, UnaryOperator<LogLinkSigner.Verdict> verdicts) {

    public static final LogRules STANDARD = new LogRules(
            contentType -> contentType.equals(Api.TEXT_PLAIN) || contentType.equals(Api.OCTET_STREAM),
            UnaryOperator.identity());

    public LogRules withContentTypes(Predicate<String> accepted) {
        return new LogRules(accepted, verdicts);
    }

    /** {@code taken}: the verdict the server acts on, given the signer's. */
    public LogRules withVerdicts(UnaryOperator<LogLinkSigner.Verdict> taken) {
        return new LogRules(contentTypes, taken);
    }
}
