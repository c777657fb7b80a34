package org.aicnet.server.backend.local;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.CommandRunner;

import java.util.List;

/**
 * The process group a task runs in: {@code setsid} made the task's shell the leader of a new session and group
 * whose id is the shell's pid, and every process the command starts (unless it leaves the group on purpose) is in
 * it. Java signals single processes only, so the group is signalled with the shell's built-in {@code kill -SIG -PGID}.
 */
final class ProcessGroup {

    private final CommandRunner runner;
    private final long id;

    ProcessGroup(CommandRunner runner, long id) {
        this.runner = runner;
        this.id = id;
    }

    /** Sends {@code signal} (TERM, KILL) to every process of the group; false when none is left. */
    boolean signal(String signal) throws BackendException {
        return runner.run(List.of("/bin/sh", "-c", "kill -" + signal + " -" + id + " 2>/dev/null")).succeeded();
    }

    /** Whether some process of the group is still there. */
    boolean alive() throws BackendException {
        return signal("0");
    }

    long id() {
        return id;
    }
}
