package org.aicnet.server.backend.slurm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One node as {@code sinfo --Node --noheader --format=%N|%c|%m|%G|%h} lists it: name, CPUs, memory in MiB (RealMemory),
 * generic resources ("(null)", "gpu:4", "gpu:a100:8(S:0-1),shard:16") and its partition's OverSubscribe ("NO",
 * "FORCE:8"). A node in several partitions is listed once per partition; it counts once, as in the first.
 */
record SinfoNode(String name, int cpus, long memoryMiB, Map<String, Gres> gres, int jobsPerCore) {

    static final String FORMAT = "%N|%c|%m|%G|%h";
    /** OverSubscribe=FORCE without a count lets 4 jobs share a resource. */
    private static final int FORCE_DEFAULT = 4;

    /** {@code count} cards of a generic resource, of {@code type} (e.g. a100; null when the node names none). */
    record Gres(String type, int count) {
    }

    /** name:count, name:type:count, each perhaps with a socket binding in parentheses. */
    private static final Pattern GRES =
            Pattern.compile("([A-Za-z0-9_]+)(?::([A-Za-z0-9_.\\-]+))?:(\\d+)(?:\\(.*?\\))?");

    static List<SinfoNode> parse(String output) {
        Map<String, SinfoNode> nodes = new LinkedHashMap<>();
        for (String line : output.split("\\R")) {
            String[] fields = line.strip().split("\\|", -1);
            if (fields.length < 4 || !fields[1].matches("\\d+") || !fields[2].matches("\\d+")) {
                continue;
            }
            nodes.putIfAbsent(fields[0], new SinfoNode(fields[0], Integer.parseInt(fields[1]),
                    Long.parseLong(fields[2]), gres(fields[3]), jobsPerCore(fields.length > 4 ? fields[4] : "")));
        }
        return new ArrayList<>(nodes.values());
    }

    /**
     * How many jobs Slurm lets share a core of the partition: N for OverSubscribe=FORCE:N, which oversubscribes every
     * job; 1 otherwise (YES:N only shares among jobs that ask for it with --oversubscribe).
     */
    static int jobsPerCore(String overSubscribe) {
        if (overSubscribe.equals("FORCE")) {
            return FORCE_DEFAULT;
        }
        if (overSubscribe.matches("FORCE:\\d{1,4}")) {
            return Math.max(1, Integer.parseInt(overSubscribe.substring("FORCE:".length())));
        }
        return 1;
    }

    /** The generic resources of a node by name (lower case): gpu, npu, mlu, ... */
    static Map<String, Gres> gres(String text) {
        Map<String, Gres> gres = new LinkedHashMap<>();
        Matcher matcher = GRES.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            Gres found = new Gres(matcher.group(2), Integer.parseInt(matcher.group(3)));
            gres.merge(name, found, (first, more) -> new Gres(first.type(), first.count() + more.count()));
        }
        return gres;
    }
}
