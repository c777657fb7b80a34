package org.aicnet.server.backend.slurm;

import org.aicnet.server.backend.BackendException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the backend looks up jobs that slurmctld has forgotten: a finished job leaves squeue MinJobAge (300 s by
 * default) after it ended. Slurm keeps them in its accounting database (sacct), where there is one
 * (AccountingStorageType other than accounting_storage/none), and in the job completion log, where JobCompType is
 * jobcomp/filetxt and the server can read JobCompLoc. A job found in neither is UNKNOWN.
 */
final class FinishedJobs {

    static final String NO_ACCOUNTING = "accounting_storage/none";
    static final String FILETXT = "jobcomp/filetxt";

    private final SlurmCommands commands;
    private final boolean accounting;
    private final Path completionLog;

    FinishedJobs(SlurmCommands commands, boolean accounting, Path completionLog) {
        this.commands = commands;
        this.accounting = accounting;
        this.completionLog = completionLog;
    }

    /** The sources of the cluster's configuration; {@code jobCompLog} (a setting) names the log where it is set. */
    static FinishedJobs of(SlurmCommands commands, Map<String, String> config, String jobCompLog) {
        boolean accounting = !config.getOrDefault("AccountingStorageType", NO_ACCOUNTING).equals(NO_ACCOUNTING);
        Path log = jobCompLog != null ? Path.of(jobCompLog)
                : FILETXT.equals(config.get("JobCompType")) && config.get("JobCompLoc") != null
                ? Path.of(config.get("JobCompLoc")) : null;
        return new FinishedJobs(commands, accounting, log);
    }

    /** The jobs among {@code ids} that a source recorded. */
    Map<String, JobRecord> find(Collection<String> ids) throws BackendException {
        Map<String, JobRecord> found = new LinkedHashMap<>();
        if (accounting) {
            found.putAll(commands.accounting(ids));
        }
        if (found.size() < ids.size() && completionLog != null && Files.isReadable(completionLog)) {
            Set<String> wanted = Set.copyOf(ids);
            try (Stream<String> lines = Files.lines(completionLog, StandardCharsets.UTF_8)) {
                SlurmOutput.keyValueJobs(lines.filter(line -> wanted.contains(jobIdOf(line)))::iterator, wanted,
                        "the job completion log").forEach(found::putIfAbsent);
            } catch (IOException | UncheckedIOException e) {
                throw new BackendException("cannot read the job completion log " + completionLog + ": "
                        + e.getMessage(), e);
            }
        }
        return found;
    }

    /** Where a finished job is looked up, for the reason of an UNKNOWN task. */
    String describe() {
        if (accounting && completionLog != null) {
            return "sacct or the job completion log " + completionLog;
        }
        if (accounting) {
            return "sacct";
        }
        if (completionLog != null) {
            return "the job completion log " + completionLog;
        }
        return "no accounting and no job completion log (JobCompType=jobcomp/filetxt) to look in";
    }

    private static String jobIdOf(String line) {
        if (!line.startsWith("JobId=")) {
            return "";
        }
        int space = line.indexOf(' ');
        return line.substring("JobId=".length(), space < 0 ? line.length() : space);
    }
}
