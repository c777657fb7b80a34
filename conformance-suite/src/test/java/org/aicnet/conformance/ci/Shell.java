package org.aicnet.conformance.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a shell step as GitHub's runner and GitLab's runner run it: {@code bash --noprofile --norc -eo pipefail}, in
 * the given folder, with exactly the given environment, each step bounded in time.
 */
final class Shell {

    /** What a step printed (stdout and stderr together), and its exit code. */
    record Result(int exitCode, String output) {
    }

    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(4);

    private Shell() {
    }

    static Result bash(String script, Map<String, String> environment, Path directory) {
        try {
            Path file = Files.createTempFile(directory.getParent(), "step", ".sh");
            Files.writeString(file, script);
            Path output = Files.createTempFile(directory.getParent(), "step", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", "--noprofile", "--norc", "-eo", "pipefail",
                    file.toString())).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("a step did not end in " + STEP_TIMEOUT + ":\n" + script + "\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("could not run the step:\n" + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The environment every step starts from: PATH, HOME and the JAVA_HOME of the test's own Java, nothing else. */
    static Map<String, String> baseEnvironment(Path home, Path extraBin) {
        return new java.util.HashMap<>(Map.of(
                "PATH", extraBin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "HOME", home.toString(),
                "JAVA_HOME", System.getProperty("java.home"),
                "LANG", "C.UTF-8"));
    }
}
