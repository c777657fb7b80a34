package org.aicnet.server.http;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading R-no-input-harm: a failure is logged with its classes and frames, never with messages quoting a request. */
class LoggedRequestTest {

    @Test
    void aLoggedFailureKeepsItsClassesAndFramesButNoMessage() {
        SQLException cause = new SQLException("Value too long for column DESCRIPTION: 'secret-value-of-a-request'");
        IllegalStateException failure = new IllegalStateException("cannot store job secret-name", cause);
        Throwable logged = LoggedRequest.withoutMessages(failure);
        StringWriter trace = new StringWriter();
        logged.printStackTrace(new PrintWriter(trace));
        String text = trace.toString();
        assertFalse(text.contains("secret"), text);
        assertTrue(text.contains("java.lang.IllegalStateException") && text.contains("java.sql.SQLException"), text);
        assertTrue(text.contains("LoggedRequestTest.java"), text);
        assertArrayEquals(failure.getStackTrace(), logged.getStackTrace());
    }
}
