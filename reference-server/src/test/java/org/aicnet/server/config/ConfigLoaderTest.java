package org.aicnet.server.config;

import org.aicnet.server.passwords.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading, defaults and validation of the network configuration (issue 3, point 4). */
class ConfigLoaderTest {

    private static final String ACCOUNTS = "accounts: [{name: carol, password: carol-secret}]\n";
    private static final String SPEC = """
            specs:
              - id: gpu-1
                cpu: {arch: X86, coreNum: 8}
                memory: {memorySize: 64, memoryUnit: GiB}
                processor: {processorType: GPU, processorNum: 1, productName: Nvidia/GPU/A100, processorMemory: 80}
            """;

    @TempDir
    Path directory;

    private NetworkConfig load(String yaml) throws IOException {
        return ConfigLoader.load(Files.writeString(directory.resolve("network.yaml"), yaml)).config();
    }

    private String problem(String yaml) throws IOException {
        Path file = Files.writeString(directory.resolve("network.yaml"), yaml);
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(file)).getMessage();
    }

    private static String center(String specs, String nodeCount) {
        return """
                centers:
                  - id: c1
                    processorType: GPU
                    joinedAt: "2024-01-01 00:00:00"
                    specs: %s
                    nodes:
                      - cpu: {arch: X86, coreNum: 64}
                        memory: {memorySize: 512}
                        processor:
                          {processorType: GPU, processorNum: 8, productName: Nvidia/GPU/A100, processorMemory: 80}
                        count: %s
                """.formatted(specs, nodeCount);
    }

    @Test
    void theEmbeddedDefaultDescribesASmallNetwork() {
        ConfigLoader.Loaded loaded = ConfigLoader.load(null);
        NetworkConfig config = loaded.config();
        assertTrue(loaded.source().contains(ConfigLoader.DEFAULT_RESOURCE));
        assertTrue(config.centers().size() >= 3);
        assertTrue(config.centers().stream().map(CenterConfig::province).distinct().count() >= 3);
        assertEquals(Set.of("GPU", "NPU", "MLU"),
                config.centers().stream().map(CenterConfig::processorType).collect(Collectors.toSet()));
        assertEquals(1, config.centers().stream().filter(center -> !center.connected()).count());
        for (CenterConfig center : config.centers()) {
            assertTrue(center.specs().size() >= 2, center.id());
            assertFalse(center.nodes().isEmpty(), center.id());
        }
        assertTrue(config.images().stream().map(ImageConfig::framework).distinct().count() >= 4);
        assertEquals(Set.of("GPU", "NPU", "MLU"),
                config.images().stream().map(ImageConfig::processor).collect(Collectors.toSet()));
        assertTrue(config.publicDatasets().size() >= 3);
        assertEquals(List.of("alice", "bob"), config.accounts().stream().map(AccountConfig::name).toList());
        assertEquals(Duration.ofSeconds(5), config.jobs().simulatedRunTime());
    }

    @Test
    void absentSectionsAndSettingsTakeTheirDefaults() throws IOException {
        NetworkConfig config = load(ACCOUNTS + SPEC + center("[gpu-1]", "1") + "auth: {maxFailedLogins: 3}\n");
        assertEquals("Asia/Shanghai", config.server().timeZone());
        assertEquals(Duration.ofHours(24), config.auth().tokenLifetime());
        assertEquals(3, config.auth().maxFailedLogins());
        assertEquals(Duration.ofSeconds(5), config.jobs().simulatedRunTime());
        assertEquals(1L << 30, config.datasets().maxUploadBytes());
        assertEquals(List.of(), config.images());
        assertEquals(List.of(), config.publicDatasets());
        assertEquals("carol", config.accounts().get(0).userId());
        CenterConfig center = config.centers().get(0);
        assertEquals(new BackendConfig("simulated", Map.of()), center.backend());
        assertEquals("GiB", center.nodes().get(0).memory().memoryUnit());
        assertEquals("c1", center.name());
        assertEquals("", center.desc());
    }

    @Test
    void aPasswordMayBeGivenAsAHash() throws IOException {
        String hash = PasswordHash.of("carol-secret").text();
        assertEquals(hash, load("accounts: [{name: carol, password: '" + hash + "'}]\n").accounts().get(0).password());
    }

    @Test
    void theStoreIsTheEmbeddedH2FileUnlessAPostgresqlUrlIsGiven() throws IOException {
        assertTrue(load(ACCOUNTS).store().embedded());
        StoreSettings store = load(ACCOUNTS + "store: {url: 'jdbc:postgresql://127.0.0.1:5432/aicnet', user: aicnet, "
                + "passwordEnv: PATH}\n").store();
        assertEquals(new StoreSettings("jdbc:postgresql://127.0.0.1:5432/aicnet", "aicnet", "PATH"), store);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{url: 'jdbc:mysql://127.0.0.1/aicnet', user: aicnet} | store.url: 'jdbc:mysql://127.0.0.1/aicnet' is not a PostgreSQL JDBC URL",
            "{url: 'jdbc:postgresql://127.0.0.1/aicnet'} | store.user: is required",
            "{url: 'jdbc:postgresql://127.0.0.1/aicnet', user: aicnet, passwordEnv: AICNET_NO_SUCH_VARIABLE} | store.passwordEnv: the environment variable AICNET_NO_SUCH_VARIABLE is not set"})
    void aStoreMustBeAPostgresqlDatabaseWithAUserAndAPasswordVariableThatIsSet(String store, String message)
            throws IOException {
        String problem = problem(ACCOUNTS + "store: " + store + "\n");
        assertTrue(problem.contains(message), problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[gpu-2] | 1 | centers[0] 'c1'.specs: unknown spec id 'gpu-2'",
            "[gpu-1] | -1 | centers[0] 'c1'.nodes[0].count: -1 is negative",
            "[gpu-1] | 0 | centers[0] 'c1'.specs: no node of the center can hold spec 'gpu-1'"})
    void aCenterMustOfferKnownSpecsItsNodesCanHold(String specs, String count, String message) throws IOException {
        String problem = problem(ACCOUNTS + SPEC + center(specs, count));
        assertTrue(problem.contains(message), problem);
    }

    @Test
    void aSpecBiggerThanEveryNodeIsReported() throws IOException {
        String problem = problem(ACCOUNTS + SPEC.replace("processorNum: 1", "processorNum: 16")
                + center("[gpu-1]", "4"));
        assertTrue(problem.contains("no node of the center can hold spec 'gpu-1'"), problem);
    }

    @Test
    void duplicateIdsAreReported() throws IOException {
        String problem = problem(ACCOUNTS.replace("]", ", {name: carol, password: x}]") + SPEC
                + SPEC.replace("specs:\n", "") + center("[gpu-1]", "1") + center("[gpu-1]", "1")
                .replace("centers:\n", ""));
        assertTrue(problem.contains("specs: 'gpu-1' appears more than once"), problem);
        assertTrue(problem.contains("centers: 'c1' appears more than once"), problem);
        assertTrue(problem.contains("accounts (name): 'carol' appears more than once"), problem);
        assertTrue(problem.contains("accounts (userId): 'carol' appears more than once"), problem);
        assertTrue(problem.startsWith(directory.resolve("network.yaml") + ": 4 problem(s)"), problem);
    }

    @Test
    void everyProblemIsReportedAtOnceWithWhereItIs() throws IOException {
        String problem = problem("""
                server: {timeZone: Mars/Olympus}
                auth: {tokenLifetime: PT0S, maxFailedLogins: 0}
                images:
                  - {id: i1, arch: RISCV, processor: GPU, framework: PyTorch, createTime: "2024-02-30 00:00:00",
                     centers: [nowhere]}
                publicDatasets:
                  - {id: d1, size: -5}
                accounts: [{name: carol, password: 'pbkdf2-sha256$x$y$z'}]
                """);
        for (String expected : List.of("server.timeZone: 'Mars/Olympus' is not a time zone",
                "auth.tokenLifetime: must be a positive duration", "auth.maxFailedLogins: must be at least 1",
                "images[0] 'i1'.arch: 'RISCV' is not one of [X86, ARM]",
                "images[0] 'i1'.createTime: '2024-02-30 00:00:00' is not a time of the form yyyy-MM-dd HH:mm:ss",
                "images[0] 'i1'.centers: unknown center id 'nowhere'",
                "publicDatasets[0] 'd1'.owner: is required", "publicDatasets[0] 'd1'.size: must not be negative",
                "accounts[0] 'carol'.password: is not a well-formed pbkdf2-sha256$")) {
            assertTrue(problem.contains(expected), expected + " in " + problem);
        }
        assertFalse(problem.contains("pbkdf2-sha256$x$y$z"), "never echo a password");
    }

    @Test
    void aSpecWithoutAProcessorOrWithAnEmptyOneIsRefused() throws IOException {
        String absent = problem(ACCOUNTS + SPEC.replaceFirst("(?m)^    processor: .*\n", ""));
        assertTrue(absent.contains("specs[0] 'gpu-1'.processor.processorType: is required (a spec without an "
                + "accelerator writes {processorType: CPU, processorNum: 0, productName: Vendor/CPU/Model, "
                + "processorMemory: 0}"), absent);
        assertTrue(absent.contains("specs[0] 'gpu-1'.processor.productName: is required"), absent);
        String empty = problem(ACCOUNTS + SPEC.replace("processorType: GPU, processorNum: 1, productName: Nvidia/GPU/A100",
                "processorType: '', processorNum: 0, productName: A100"));
        assertTrue(empty.contains(".processor.processorType: is required"), empty);
        assertTrue(empty.contains(".processor.productName: 'A100' is not Vendor/TYPE/Model"), empty);
    }

    @Test
    void noAccountIsAProblem() throws IOException {
        String problem = problem(SPEC);
        assertTrue(problem.contains("accounts: no account is configured"), problem);
    }

    @Test
    void anUnknownKeyNamesTheKnownOnes() throws IOException {
        String problem = problem(ACCOUNTS + SPEC.replace("coreNum: 8", "cores: 8"));
        assertTrue(problem.contains("unknown key 'cores' at specs[0].cpu"), problem);
        assertTrue(problem.contains("known keys there: arch, coreNum"), problem);
    }

    @Test
    void aValueOfTheWrongTypeNamesItsPath() throws IOException {
        String problem = problem(ACCOUNTS + SPEC.replace("coreNum: 8", "coreNum: many"));
        assertTrue(problem.contains("at specs[0].cpu.coreNum (line 4)"), problem);
    }

    @Test
    void malformedYamlNamesTheLine() throws IOException {
        String problem = problem(ACCOUNTS + "specs: [\n  - {id: x\n");
        assertTrue(problem.contains("line 3, column 3") && problem.contains("expected the node content"), problem);
    }

    @Test
    void aMissingOrEmptyFileIsReported() throws IOException {
        Path missing = directory.resolve("missing.yaml");
        assertTrue(assertThrows(ConfigException.class, () -> ConfigLoader.load(missing)).getMessage()
                .contains("does not exist"));
        assertTrue(problem("").contains("is empty"));
        assertTrue(problem("centers:\n  -\n" + ACCOUNTS).contains("centers[0]: empty entry"));
    }
}
