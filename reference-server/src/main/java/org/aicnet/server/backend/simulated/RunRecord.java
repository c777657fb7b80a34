package org.aicnet.server.backend.simulated;

import org.aicnet.server.backend.TaskStatus;

import java.util.List;

/**
 * What the simulated backend keeps of a task in the task's work directory ({@value #FILE_NAME}), written after every
 * step, so that a restarted server resumes the task where its timeline stands. The log file and the output directory
 * are relative to the work directory; times are epoch milliseconds.
 */
record RunRecord(String centerId, String jobId, String taskId, int taskIndex, int taskCount, int nodeIndex,
                 List<Integer> accelerators, String productName, String command, boolean service,
                 long runTimeMillis, long startedAt, String logFile, String outputDirectory,
                 int eventsDone, TaskStatus status, Integer exitCode, Long finishedAt) {

    static final String FILE_NAME = "simulated-run.json";

    RunRecord withEventsDone(int done) {
        return new RunRecord(centerId, jobId, taskId, taskIndex, taskCount, nodeIndex, accelerators, productName,
                command, service, runTimeMillis, startedAt, logFile, outputDirectory, done, status, exitCode,
                finishedAt);
    }

    RunRecord finished(TaskStatus finalStatus, Integer code, long at) {
        return new RunRecord(centerId, jobId, taskId, taskIndex, taskCount, nodeIndex, accelerators, productName,
                command, service, runTimeMillis, startedAt, logFile, outputDirectory, eventsDone, finalStatus, code,
                at);
    }
}
