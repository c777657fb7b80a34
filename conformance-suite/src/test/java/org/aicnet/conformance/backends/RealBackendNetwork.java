package org.aicnet.conformance.backends;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The reference server's default network with its centers on a backend that really runs jobs ({@code local},
 * {@code slurm}) instead of the simulated one, for running the whole suite against it: the connected GPU center (and,
 * where the backend can run MLU jobs, the MLU center) get a spec small enough for one core and 1 GiB of this machine,
 * the NPU center, whose specs and images are ARM's, is disconnected; the accounts alice and bob, and carol to be
 * frozen; log links living {@value #LOG_LINK_LIFETIME}. Loopback, a free port, a data directory of the test's own.
 */
final class RealBackendNetwork {

    record Account(String name, String password) {
    }

    static final Account ALICE = new Account("alice", "alice-secret");
    static final Account BOB = new Account("bob", "bob-secret");
    static final Account CAROL = new Account("carol", "carol-secret");
    static final int MAX_FAILED_LOGINS = 3;
    static final String LOG_LINK_LIFETIME = "PT2S";

    private static final String SIMULATED = "backend: {type: simulated}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealBackendNetwork() {
    }

    /**
     * Writes the network into {@code directory}: every center on {@code backend} (a YAML flow mapping), the MLU
     * center connected or not, tokens living {@code tokenLifetime}.
     */
    static Path configuration(Path directory, String backend, boolean mluConnected, String tokenLifetime) {
        String arch = hostArch();
        String yaml = defaultNetwork();
        yaml = replace(yaml, "tokenLifetime: PT24H", "tokenLifetime: " + tokenLifetime);
        yaml = replace(yaml, "maxFailedLogins: 5", "maxFailedLogins: " + MAX_FAILED_LOGINS);
        yaml = replace(yaml, "schedulerInterval: PT0.2S", "schedulerInterval: PT0.1S");
        yaml = replace(yaml, "logLinkLifetime: PT1H", "logLinkLifetime: " + LOG_LINK_LIFETIME);
        yaml = replace(yaml, "specs:\n", """
                specs:
                  - id: gpu-a100-mini
                    name: "1 x A100 80GB, 1 vCPU, 1 GiB"
                    cpu: {arch: %1$s, coreNum: 1}
                    memory: {memorySize: 1, memoryUnit: GiB}
                    processor: {processorType: GPU, processorNum: 1, productName: Nvidia/GPU/A100, processorMemory: 80}
                  - id: mlu-370-mini
                    name: "1 x MLU370-X8, 1 vCPU, 1 GiB"
                    cpu: {arch: %1$s, coreNum: 1}
                    memory: {memorySize: 1, memoryUnit: GiB}
                    processor: {processorType: MLU, processorNum: 1, productName: Cambricon/MLU/MLU370,
                                processorMemory: 48}
                """.formatted(arch));
        yaml = replace(yaml, "specs: [gpu-a100-1x,", "specs: [gpu-a100-mini, gpu-a100-1x,");
        yaml = replace(yaml, "specs: [mlu-370-1x,", "specs: [mlu-370-mini, mlu-370-1x,");
        yaml = replace(yaml, "cpu: {arch: X86, coreNum: 128}", "cpu: {arch: " + arch + ", coreNum: 128}");
        yaml = replace(yaml, "cpu: {arch: X86, coreNum: 64}", "cpu: {arch: " + arch + ", coreNum: 64}");
        String npu = "    desc: \"Huawei Ascend 910 cluster on Kunpeng hosts, 32 nodes of 8 NPUs\"\n    connected: ";
        yaml = replace(yaml, npu + "true", npu + "false");
        if (!mluConnected) {
            String mlu = "    desc: \"Cambricon MLU370-X8 cluster, 8 nodes of 8 MLUs\"\n    connected: ";
            yaml = replace(yaml, mlu + "true", mlu + "false");
        }
        yaml = replace(yaml, SIMULATED, "backend: " + backend);
        yaml = replace(yaml, "  - {name: bob, userId: u-bob, password: bob-secret}",
                "  - {name: bob, userId: u-bob, password: bob-secret}\n"
                        + "  - {name: carol, userId: u-carol, password: carol-secret}");
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve("network-" + tokenLifetime + ".yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceServer start(Path configuration, Path dataDirectory) {
        return ReferenceServer.start(new ServerOptions(configuration, ServerOptions.DEFAULT_HOST, 0, dataDirectory));
    }

    /** Logs in and returns the token, or fails. */
    static String token(ReferenceServer server, Account account) {
        HttpResponse<String> response = logIn(server, account.name(), account.password());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("log-in of " + account.name() + " failed: " + response.body());
        }
        try {
            return JSON.readTree(response.body()).get("token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Freezes the account: as many failed log-ins in a row as the server allows. */
    static void freeze(ReferenceServer server, Account account) {
        for (int i = 0; i < MAX_FAILED_LOGINS; i++) {
            logIn(server, account.name(), "wrong-" + account.password());
        }
        int status = logIn(server, account.name(), account.password()).statusCode();
        if (status != 401) {
            throw new IllegalStateException(account.name() + " is not frozen: log-in answered " + status);
        }
    }

    private static HttpResponse<String> logIn(ReferenceServer server, String name, String password) {
        try {
            String body = JSON.writeValueAsString(Map.of("authMethod", "password",
                    "user", Map.of("name", name, "password", password)));
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/auth/tokens"))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String replace(String yaml, String text, String replacement) {
        if (!yaml.contains(text)) {
            throw new IllegalStateException("the default network no longer has '" + text
                    + "': adapt RealBackendNetwork");
        }
        return yaml.replace(text, replacement);
    }

    private static String hostArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("amd64") || arch.equals("x86_64") ? "X86" : arch.startsWith("aarch64") ? "ARM"
                : arch.toUpperCase(Locale.ROOT);
    }

    private static String defaultNetwork() {
        try (InputStream in = ReferenceServer.class.getClassLoader().getResourceAsStream("default-network.yaml")) {
            if (in == null) {
                throw new IllegalStateException("default-network.yaml is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
