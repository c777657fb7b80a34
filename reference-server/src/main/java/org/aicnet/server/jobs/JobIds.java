package org.aicnet.server.jobs;

/**
 * How new jobs and their tasks are named. {@link #STANDARD} is the reference server's own: training jobs numbered in
 * creation order, online jobs random (JobKind), tasks {@code task-0}, {@code task-1}, ...; the standard fixes no shape
 * (reading R-tasks-per-node asks only that task ids be unique within their job).
 */
public interface JobIds {

    JobIds STANDARD = new JobIds() {
        @Override
        public String job(JobKind kind, long sequence) {
            return kind.id(sequence);
        }

        @Override
        public String task(int index) {
            return Task.idOf(index);
        }
    };

    /** The id of the {@code sequence}-th job, counted from 1 across both kinds. */
    String job(JobKind kind, long sequence);

    /** The id of the job's task of {@code index}, counted from 0. */
    String task(int index);
}
