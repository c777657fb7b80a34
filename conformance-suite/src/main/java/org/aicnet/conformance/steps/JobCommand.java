package org.aicnet.conformance.steps;

import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.jobs.SharedJob;

/** The commands the suite is configured with, as the features name them. */
public enum JobCommand {
    SUCCEEDING("succeeding command", SharedJob.SUCCEEDED),
    FAILING("failing command", SharedJob.FAILED),
    LONG("long command", SharedJob.RUNNING);

    private final String words;
    private final SharedJob sharedJob;

    JobCommand(String words, SharedJob sharedJob) {
        this.words = words;
        this.sharedJob = sharedJob;
    }

    static JobCommand named(String words) {
        for (JobCommand command : values()) {
            if (command.words.equals(words)) {
                return command;
            }
        }
        throw new IllegalArgumentException("kit defect: no command is called '" + words + "'");
    }

    @Override
    public String toString() {
        return words;
    }

    public String of(SuiteConfig config) {
        return switch (this) {
            case SUCCEEDING -> config.succeedingCommand();
            case FAILING -> config.failingCommand();
            case LONG -> config.longCommand();
        };
    }

    /** The run's shared job that runs this command. */
    SharedJob sharedJob() {
        return sharedJob;
    }
}
