package org.aicnet.server.backend;

import java.util.List;

/** What a command printed, and its exit code. */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** The command, its exit code and what it said on stderr (else stdout), for an error message. */
    public String failure() {
        String said = !stderr.isBlank() ? stderr.strip() : stdout.strip();
        return String.join(" ", command) + " exited with " + exitCode + (said.isEmpty() ? "" : ": " + said);
    }
}
