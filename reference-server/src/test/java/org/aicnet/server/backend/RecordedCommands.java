package org.aicnet.server.backend;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link CommandRunner} for tests that answers with recorded outputs instead of running anything: the latest answer
 * whose program and words match the command; a command nothing answers fails the test. It keeps what was run.
 */
public final class RecordedCommands implements CommandRunner {

    private record Answer(String program, List<String> words, int exitCode, String stdout, String stderr) {

        boolean matches(List<String> command) {
            return command.get(0).equals(program) && command.containsAll(words);
        }
    }

    private final List<Answer> answers = new ArrayList<>();
    private final List<List<String>> ran = new ArrayList<>();

    /** Answers {@code program} run with all of {@code words} among its arguments. */
    public RecordedCommands answer(String program, List<String> words, int exitCode, String stdout, String stderr) {
        answers.add(0, new Answer(program, words, exitCode, stdout, stderr));
        return this;
    }

    public RecordedCommands answer(String program, List<String> words, String stdout) {
        return answer(program, words, 0, stdout, "");
    }

    @Override
    public synchronized CommandResult run(List<String> command) {
        ran.add(List.copyOf(command));
        return answers.stream().filter(answer -> answer.matches(command)).findFirst()
                .map(answer -> new CommandResult(command, answer.exitCode(), answer.stdout(), answer.stderr()))
                .orElseThrow(() -> new AssertionError("no recorded answer for " + command));
    }

    /** The commands run so far. */
    public synchronized List<List<String>> ran() {
        return List.copyOf(ran);
    }

    /** The commands of {@code program} run so far. */
    public synchronized List<List<String>> ran(String program) {
        return ran.stream().filter(command -> command.get(0).equals(program)).toList();
    }
}
