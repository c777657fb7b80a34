package org.aicnet.conformance.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The reference server's request log at WARN while a test class runs many whole suites against it (a line per
 * request would bury the verdicts), back to its level afterwards.
 */
public final class QuietRequestLog implements BeforeAllCallback, AfterAllCallback {

    private static final Logger REQUEST_LOG = (Logger) LoggerFactory.getLogger("aicnet.requests");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(QuietRequestLog.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Level.class, Optional.ofNullable(REQUEST_LOG.getLevel()));
        REQUEST_LOG.setLevel(Level.WARN);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Optional<?> level = context.getStore(NAMESPACE).get(Level.class, Optional.class);
        REQUEST_LOG.setLevel(level == null ? null : (Level) level.orElse(null));
    }
}
