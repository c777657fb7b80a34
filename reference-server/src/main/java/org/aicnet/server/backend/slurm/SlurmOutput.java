package org.aicnet.server.backend.slurm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what Slurm's commands print, in the formats {@link SlurmCommands} asks for: squeue {@value #SQUEUE_FORMAT},
 * sacct {@value #SACCT_FIELDS} with {@code --parsable2}, sbatch {@code --parsable}, and the {@code Key=Value} lines of
 * {@code scontrol --oneliner show job} and of the job completion log (jobcomp/filetxt), whose formats are alike.
 */
final class SlurmOutput {

    static final String SQUEUE_FORMAT = "%i|%T|%r";
    static final String SACCT_FIELDS = "JobIDRaw,State,ExitCode";
    /** A key of a Key=Value line: after the start or a space, letters, digits and the _ / : Slurm uses in keys. */
    private static final Pattern KEY = Pattern.compile("(?:^|\\s)([A-Za-z][A-Za-z0-9_/:]*)=");
    private static final Pattern JOB_ID = Pattern.compile("\\d+");
    private static final String NO_REASON = "None";

    private SlurmOutput() {
    }

    /** sbatch --parsable: the job id, followed by ";cluster" on a multi-cluster installation. */
    static String jobId(String sbatchOutput) {
        String line = sbatchOutput.strip();
        int semicolon = line.indexOf(';');
        String id = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
        if (!JOB_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("sbatch printed no job id: '" + sbatchOutput.strip() + "'");
        }
        return id;
    }

    /** squeue --noheader --format=%i|%T|%r: one line per job, by id. */
    static Map<String, JobRecord> squeue(String output) {
        Map<String, JobRecord> jobs = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            String[] fields = line.strip().split("\\|", -1);
            if (fields.length >= 2 && JOB_ID.matcher(fields[0]).matches()) {
                jobs.put(fields[0], new JobRecord(fields[0], fields[1], reason(fields.length > 2 ? fields[2] : null),
                        null, "squeue"));
            }
        }
        return jobs;
    }

    /** sacct --noheader --parsable2 --allocations --format=JobIDRaw,State,ExitCode: the last line of each job. */
    static Map<String, JobRecord> sacct(String output) {
        Map<String, JobRecord> jobs = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            String[] fields = line.strip().split("\\|", -1);
            if (fields.length >= 3 && JOB_ID.matcher(fields[0]).matches()) {
                jobs.put(fields[0], new JobRecord(fields[0], SlurmState.name(fields[1]), null, fields[2], "sacct"));
            }
        }
        return jobs;
    }

    /**
     * Key=Value lines (scontrol --oneliner show job, the job completion log): the jobs among {@code wanted} (all when
     * it is null); a job listed twice (requeued) by its last line.
     */
    static Map<String, JobRecord> keyValueJobs(Iterable<String> lines, Set<String> wanted, String source) {
        Map<String, JobRecord> jobs = new LinkedHashMap<>();
        for (String line : lines) {
            Map<String, String> values = keyValues(line);
            String id = values.get("JobId");
            if (id == null || wanted != null && !wanted.contains(id)) {
                continue;
            }
            jobs.put(id, new JobRecord(id, values.getOrDefault("JobState", ""), reason(values.get("Reason")),
                    values.get("ExitCode"), source));
        }
        return jobs;
    }

    /** The pairs of one Key=Value line; a value runs up to the next key, so it may hold spaces. */
    static Map<String, String> keyValues(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher key = KEY.matcher(line);
        List<int[]> keys = new ArrayList<>();
        while (key.find()) {
            keys.add(new int[] {key.start(1), key.end(1), key.end()});
        }
        for (int i = 0; i < keys.size(); i++) {
            int valueEnd = i + 1 < keys.size() ? keys.get(i + 1)[0] : line.length();
            values.put(line.substring(keys.get(i)[0], keys.get(i)[1]),
                    line.substring(keys.get(i)[2], valueEnd).trim());
        }
        return values;
    }

    /** scontrol show config: "Key = value" lines. */
    static Map<String, String> config(String output) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            int equals = line.indexOf(" = ");
            if (equals > 0) {
                values.put(line.substring(0, equals).trim(), line.substring(equals + 3).trim());
            }
        }
        return values;
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() || reason.equals(NO_REASON) ? null : reason.trim();
    }
}
