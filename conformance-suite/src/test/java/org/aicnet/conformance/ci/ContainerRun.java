package org.aicnet.conformance.ci;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command of an unpacked image run as a container runtime runs it, without one: in new user, mount and process
 * namespaces (util-linux unshare), with /proc and /dev mounted into the root file system, the image's root as "/",
 * its working directory and only its environment plus the given variables. The network stays the host's, so the
 * container reaches a server on 127.0.0.1.
 */
final class ContainerRun {

    /** Mounts what a runtime provides, then enters the root: mount, unshare, root, working directory, command. */
    private static final String ENTER = "mount=$1; unshare=$2; root=$3; wd=$4; shift 4; "
            + "\"$mount\" --rbind /dev \"$root/dev\" && \"$mount\" -t proc proc \"$root/proc\" "
            + "&& exec \"$unshare\" --root=\"$root\" --wd=\"$wd\" \"$@\"";

    record Result(int exitCode, String output) {
    }

    private ContainerRun() {
    }

    /** Why containers cannot be run here, or null when they can. */
    static String unavailable() {
        try {
            Process probe = new ProcessBuilder("unshare", "-r", "-m", "-p", "-f", "true").redirectErrorStream(true)
                    .start();
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                return "unshare cannot create user, mount and process namespaces here: " + output.strip();
            }
            return null;
        } catch (IOException | InterruptedException e) {
            return "no unshare (util-linux): " + e.getMessage();
        }
    }

    static Result run(OciImage image, Path root, Map<String, String> variables, List<String> arguments)
            throws IOException, InterruptedException {
        for (String mountPoint : List.of("dev", "proc")) {
            Files.createDirectories(root.resolve(mountPoint));
        }
        List<String> command = new ArrayList<>(List.of(tool("unshare"), "-r", "-m", "-p", "-f", tool("sh"), "-c",
                ENTER, "sh", tool("mount"), tool("unshare"), root.toString(), image.workingDirectory()));
        command.addAll(image.entrypoint());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(image.environment());
        builder.environment().putAll(variables);
        Path output = Files.createTempFile("container", ".txt");
        try {
            Process process = builder.redirectOutput(output.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the container did not end in 5 minutes:\n" + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The program's absolute path on this machine, since the container's PATH is the image's. */
    private static String tool(String name) {
        for (String directory : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("no " + name + " on the PATH");
    }
}
