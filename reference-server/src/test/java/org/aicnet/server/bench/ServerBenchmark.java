package org.aicnet.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.standard.Api;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference server's speed against a bare Javalin endpoint serving the same body, both measured in the same run
 * on this machine (docs/performance.md). Every load is bounded in requests and time; every server
 * listens on 127.0.0.1 and runs as a JVM of its own, the default network's, in a data directory of this run.
 */
public final class ServerBenchmark {

    private static final String MAIN = "org.aicnet.server.Main";
    private static final String USER = "alice";
    private static final String PASSWORD = "alice-secret";
    /** The default network's zone, in which the server reads createAfter and createBefore. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** A spec and an image of each processor type of the default network, used in turn; the tasks sleep an hour. */
    private static final List<String[]> JOB_CONFIGS = List.of(
            new String[] {"gpu-a100-8x", "pytorch-2.1-cuda12.1"},
            new String[] {"npu-910-8x", "mindspore-2.2-ascend"},
            new String[] {"mlu-370-4x", "pytorch-1.13-mlu"});
    private static final int PAGE_SIZE = 50;
    private static final long UNBOUNDED = Long.MAX_VALUE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final Path work;
    private final Table table = new Table();

    private ServerBenchmark(Settings settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        System.out.printf("aicnet reference server benchmark: %d cores, Java %s, load average %s, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage(),
                settings);
        Table table = run(settings);
        System.out.print(table.markdown());
        System.exit(table.allMet() ? 0 : 1);
    }

    /** Runs every measurement and gives the table. */
    static Table run(Settings settings) throws Exception {
        Path work = settings.work() != null ? Files.createDirectories(settings.work())
                : Files.createTempDirectory("aicnet-bench");
        return new ServerBenchmark(settings, work).measure();
    }

    private Table measure() throws Exception {
        Path body = work.resolve("centers.json");
        Files.writeString(body, "{}");
        starts();
        Path data = work.resolve("data");
        long acknowledged;
        LocalDateTime[] created = new LocalDateTime[2];
        try (ChildJvm server = server(work.resolve("server.log"), data)) {
            String token = logIn(server.port());
            Files.writeString(body, get(server.port(), ApiPaths.CENTERS, token));
            try (ChildJvm bare = ChildJvm.start(work.resolve("bare.log"), BareJavalin.class.getName(), body.toString())) {
                centers("GET /centers, token, %d connections", server.port(), bare.port(), token);
            }
            created[0] = LocalDateTime.now(ZONE).minusSeconds(1);
            acknowledged = createJobs(server.port(), token);
            created[1] = LocalDateTime.now(ZONE).plusSeconds(1);
            table.add("resident memory after " + acknowledged + " jobs", Table.number(server.residentMiB()) + " MiB",
                    "", "", "", null);
            server.kill();
        }
        try (ChildJvm server = server(work.resolve("restart.log"), data)) {
            table.add("restart after kill -9, " + acknowledged + " jobs", server.startMillis() + " ms", "", "",
                    "<= 1,500 ms", server.startMillis() <= 1500);
            String token = logIn(server.port());
            long found = total(server.port(), ApiPaths.TRAIN_JOBS + "?pageSize=1", token);
            table.add("jobs listed after kill -9 / acknowledged", found + " / " + acknowledged, "", "",
                    "all acknowledged jobs", found >= acknowledged);
            double centers;
            try (ChildJvm bare = ChildJvm.start(work.resolve("bare2.log"), BareJavalin.class.getName(),
                    body.toString())) {
                centers = centers("GET /centers after restart, %d connections", server.port(), bare.port(), token);
            }
            lists(server.port(), token, found, created, centers);
            table.add("resident memory after " + found + " jobs and the lists (restarted)",
                    Table.number(server.residentMiB()) + " MiB", "", "", "", null);
        }
        return table;
    }

    /**
     * The server as it is run: its jar (the system property {@code aicnet.bench.serverJar}, which server.sh sets) with
     * the class-data archive its build made beside it ({@code -Xshare:on}: a start that cannot map it fails), or
     * without where {@code archive} is false. Without the property (the smoke test), on this JVM's class path.
     */
    private static ChildJvm server(Path output, Path data, boolean archive) throws IOException, InterruptedException {
        String[] arguments = {"--port", "0", "--host", "127.0.0.1", "--data-dir", data.toString()};
        String jar = System.getProperty("aicnet.bench.serverJar");
        if (jar == null) {
            return ChildJvm.start(output, MAIN, arguments);
        }
        Path classData = Path.of(jar.replaceFirst("\\.jar$", ".jsa"));
        List<String> options = archive && Files.isRegularFile(classData)
                ? List.of("-XX:SharedArchiveFile=" + classData, "-Xshare:on") : List.of();
        return ChildJvm.startJar(output, Path.of(jar), options, arguments);
    }

    private static ChildJvm server(Path output, Path data) throws IOException, InterruptedException {
        return server(output, data, true);
    }

    /**
     * Fresh starts of the server, each in a new data directory, against bare Javalin's start; where the server runs
     * from its jar, also without its class-data archive (a figure without a target).
     */
    private void starts() throws Exception {
        boolean jar = System.getProperty("aicnet.bench.serverJar") != null;
        long[] server = new long[settings.starts()];
        long[] plain = new long[settings.starts()];
        long[] bare = new long[settings.starts()];
        for (int i = 0; i < settings.starts(); i++) {
            try (ChildJvm started = server(work.resolve("start-" + i + ".log"), work.resolve("start-" + i))) {
                server[i] = started.startMillis();
            }
            if (jar) {
                try (ChildJvm started = server(work.resolve("start-plain-" + i + ".log"),
                        work.resolve("start-plain-" + i), false)) {
                    plain[i] = started.startMillis();
                }
            }
            try (ChildJvm started = ChildJvm.start(work.resolve("bare-start-" + i + ".log"),
                    BareJavalin.class.getName(), work.resolve("centers.json").toString())) {
                bare[i] = started.startMillis();
            }
        }
        long median = median(server);
        long bareMedian = median(bare);
        table.add("start, fresh data directory (median of " + server.length + ")", median + " ms",
                bareMedian + " ms bare Javalin", Table.ratio(median, bareMedian), "<= 1,500 ms", median <= 1500);
        if (jar) {
            long plainMedian = median(plain);
            table.add("start without the class-data archive (median of " + plain.length + ")", plainMedian + " ms",
                    bareMedian + " ms bare Javalin", Table.ratio(plainMedian, bareMedian), "", null);
        }
    }

    /** GET /centers with the token against the bare endpoint; the server's requests per second. */
    private double centers(String measure, int server, int bare, String token) throws InterruptedException {
        byte[] withToken = HttpConnection.request("GET", ApiPaths.CENTERS, null, Api.TOKEN_HEADER, token);
        byte[] plain = HttpConnection.request("GET", ApiPaths.CENTERS, null);
        int connections = settings.connections();
        Load.run(bare, connections, settings.warmUp(), UNBOUNDED, 200, (c, n) -> plain);
        Load.run(server, connections, settings.warmUp(), UNBOUNDED, 200, (c, n) -> withToken);
        Load.Result baseline = Load.run(bare, connections, settings.measure(), UNBOUNDED, 200, (c, n) -> plain);
        Load.Result result = Load.run(server, connections, settings.measure(), UNBOUNDED, 200, (c, n) -> withToken);
        table.add(String.format(Locale.ROOT, measure, connections) + failures(result),
                perSecond(result) + ", p99 " + Table.number(result.p99Millis()) + " ms",
                perSecond(baseline) + " bare Javalin", Table.ratio(result.perSecond(), baseline.perSecond()),
                ">= 0.70x", result.failures() == 0 && result.perSecond() >= 0.7 * baseline.perSecond());
        return result.perSecond();
    }

    /** POST /trainjob until the user has {@code jobs} jobs or the time limit passed; how many were acknowledged. */
    private long createJobs(int port, String token) throws InterruptedException {
        int connections = settings.connections();
        Load.Result warm = Load.run(port, connections, settings.warmUp(), settings.jobs(), 200, jobs(token, "w"));
        long left = settings.jobs() - (warm.requests() - warm.failures());
        Load.Result result = Load.run(port, connections, settings.postLimit(), Math.max(left, 0), 200,
                jobs(token, "m"));
        long acknowledged = warm.requests() - warm.failures() + result.requests() - result.failures();
        table.add("POST /trainjob, " + connections + " connections, " + acknowledged + " jobs" + failures(warm)
                        + failures(result),
                Table.number(result.perSecond()) + " jobs/s, p99 " + Table.number(result.p99Millis()) + " ms", "", "",
                ">= 1,000 jobs/s", result.failures() == 0 && result.perSecond() >= 1000);
        if (acknowledged < settings.jobs()) {
            table.add("jobs created within " + settings.postLimit().toSeconds() + " s", acknowledged + "", "", "",
                    settings.jobs() + " jobs", false);
        }
        return acknowledged;
    }

    /** Job bodies of unique names, the specs of {@link #JOB_CONFIGS} in turn. */
    private static Load.Requests jobs(String token, String phase) {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36) + phase;
        return (c, n) -> {
            String[] config = JOB_CONFIGS.get((int) ((c + n) % JOB_CONFIGS.size()));
            String body = "{\"" + JobFields.JOB_NAME + "\":\"b" + run + "-" + c + "-" + n + "\",\""
                    + JobFields.CONFIG + "\":{\"" + JobFields.SPEC_ID + "\":\"" + config[0] + "\",\""
                    + JobFields.IMAGE_ID + "\":\"" + config[1] + "\",\"" + JobFields.COMMAND + "\":\"sleep 3600\"}}";
            return HttpConnection.request("POST", ApiPaths.TRAIN_JOBS, body, Api.TOKEN_HEADER, token);
        };
    }

    /** GET /trainjob with each filter and each sort, page 1 and the middle page, the farthest from both ends. */
    private void lists(int port, String token, long jobs, LocalDateTime[] created, double centers)
            throws IOException, InterruptedException {
        LocalDateTime middle = created[0].plus(Duration.between(created[0], created[1]).dividedBy(2));
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("no filter", "");
        queries.put("status", ListQueries.STATUS + "=PENDING");
        queries.put("centerId", ListQueries.CENTER_ID + "=beijing-gpu");
        queries.put("processor", ListQueries.PROCESSOR + "=NPU");
        queries.put("createTime range", ListQueries.CREATE_AFTER + "=" + time(created[0]) + "&"
                + ListQueries.CREATE_BEFORE + "="
                + time(middle));
        for (String sort : ListQueries.JOB_SORTS) {
            queries.put("sort " + sort, ListQueries.SORT + "=" + sort + "&" + ListQueries.ORDER + "=asc");
        }
        List<byte[]> all = new ArrayList<>();
        Map<String, byte[]> named = new LinkedHashMap<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String first = ApiPaths.TRAIN_JOBS + "?pageSize=" + PAGE_SIZE + (query.getValue().isEmpty() ? ""
                    : "&" + query.getValue());
            long deep = Math.max(1, (total(port, first, token) + PAGE_SIZE - 1) / PAGE_SIZE / 2);
            named.put(query.getKey() + ", page 1", HttpConnection.request("GET", first, null, Api.TOKEN_HEADER, token));
            named.put(query.getKey() + ", page " + deep + " (middle)",
                    HttpConnection.request("GET", first + "&page=" + deep, null, Api.TOKEN_HEADER, token));
        }
        all.addAll(named.values());
        Load.run(port, 1, settings.warmUp(), UNBOUNDED, 200, (c, n) -> all.get((int) (n % all.size())));
        double worst = 0;
        for (Map.Entry<String, byte[]> query : named.entrySet()) {
            Load.Result result = Load.run(port, 1, settings.single(), UNBOUNDED, 200, (c, n) -> query.getValue());
            worst = Math.max(worst, result.p99Millis());
            table.add("GET /trainjob of " + jobs + " jobs, " + query.getKey() + ", 1 connection" + failures(result),
                    "p99 " + Table.number(result.p99Millis()) + " ms, p50 " + Table.number(result.p50Micros() / 1000.0)
                            + " ms", "", "", "p99 <= 10 ms", result.failures() == 0 && result.p99Millis() <= 10);
        }
        int connections = settings.connections();
        Load.run(port, connections, settings.warmUp(), UNBOUNDED, 200,
                (c, n) -> all.get((int) ((c + n) % all.size())));
        Load.Result result = Load.run(port, connections, settings.measure(), UNBOUNDED, 200,
                (c, n) -> all.get((int) ((c + n) % all.size())));
        table.add("GET /trainjob, all " + all.size() + " queries in turn, " + connections + " connections"
                        + failures(result), perSecond(result) + ", p99 " + Table.number(result.p99Millis()) + " ms",
                Table.number(centers) + " req/s GET /centers", Table.ratio(result.perSecond(), centers), ">= 0.50x",
                result.failures() == 0 && result.perSecond() >= 0.5 * centers);
    }

    private static String perSecond(Load.Result result) {
        return Table.number(result.perSecond()) + " req/s";
    }

    private static String failures(Load.Result result) {
        return result.failures() == 0 ? "" : " (" + result.failures() + " of " + result.requests() + " FAILED, first: "
                + result.firstFailure().replace('|', '/').replaceAll("\\s+", " ") + ")";
    }

    private static String time(LocalDateTime time) {
        return URLEncoder.encode(TIME.format(time), StandardCharsets.UTF_8);
    }

    private static String logIn(int port) throws IOException {
        String body = "{\"" + Api.AUTH_METHOD + "\":\"" + Api.PASSWORD_METHOD + "\",\"" + Api.USER + "\":{\""
                + Api.USER_NAME + "\":\"" + USER + "\",\"" + Api.PASSWORD + "\":\"" + PASSWORD + "\"}}";
        try (HttpConnection http = new HttpConnection(port)) {
            int status = http.send(HttpConnection.request("POST", ApiPaths.TOKENS, body));
            if (status != 200) {
                throw new IllegalStateException("log-in failed: " + status);
            }
            return JSON.readTree(http.body()).path("token").asText();
        }
    }

    private static String get(int port, String path, String token) throws IOException {
        try (HttpConnection http = new HttpConnection(port)) {
            int status = http.send(HttpConnection.request("GET", path, null, Api.TOKEN_HEADER, token));
            if (status != 200) {
                throw new IllegalStateException("GET " + path + ": " + status + " " + http.body());
            }
            return http.body();
        }
    }

    private static long total(int port, String path, String token) throws IOException {
        JsonNode list = JSON.readTree(get(port, path, token));
        return list.path("totalSize").asLong();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
