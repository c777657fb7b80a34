package org.aicnet.server.jobs;

import org.aicnet.server.backend.TaskStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A state a backend reports for a task is the job state of 6.3.4 of the same name, finished exactly when it is. */
class ReportedStatusTest {

    @ParameterizedTest
    @EnumSource(TaskStatus.class)
    void aReportedStateIsTheJobStateOfItsName(TaskStatus reported) {
        assertEquals(reported.name(), ReportedStatus.of(reported).name());
        assertEquals(reported.finished(), ReportedStatus.of(reported).finished());
    }
}
