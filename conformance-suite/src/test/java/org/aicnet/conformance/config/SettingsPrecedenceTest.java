package org.aicnet.conformance.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The configuration's sources in their order of precedence (file, then environment, then flags) and its secrets. */
class SettingsPrecedenceTest {

    @TempDir
    Path directory;

    @Test
    void theEnvironmentWinsOverTheFileAndFlagsWinOverBoth() throws IOException {
        Path file = Files.writeString(directory.resolve("suite.yaml"), """
                baseUrl: http://file.example:8080
                user: file-user
                password: file-password
                tokenHeader: X-File-Token
                pollInterval: PT3S
                """);
        Map<String, String> environment = Map.of(
                "AICNET_USER", "env-user",
                "AICNET_PASSWORD", "env-password",
                "AICNET_POLL_INTERVAL", "PT2S",
                "UNRELATED", "ignored");
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.PASSWORD, "flag-password");

        SuiteConfig config = new ConfigSources().file(file).environment(environment).flags(flags).build();

        assertEquals("http://file.example:8080", config.baseUrl(), "only the file names the base URL");
        assertEquals("X-File-Token", config.tokenHeader(), "only the file names the token header");
        assertEquals("env-user", config.primaryUser().name(), "the environment wins over the file");
        assertEquals(java.time.Duration.ofSeconds(2), config.pollInterval(), "the environment wins over the file");
        assertEquals("flag-password", config.primaryUser().password(), "a flag wins over environment and file");
        assertEquals("PT5M", config.redacted().get("jobTimeout"), "an unset setting takes its default");
    }

    @Test
    void aFlagWinsOverTheEnvironmentWithoutAFile() {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.BASE_URL, "https://flag.example");
        SuiteConfig config = new ConfigSources()
                .environment(Map.of("AICNET_BASE_URL", "http://env.example", "AICNET_USER", "u",
                        "AICNET_PASSWORD", "p"))
                .flags(flags).build();
        assertEquals("https://flag.example", config.baseUrl());
    }

    @Test
    void aKeyOfTheFileThatNoSettingHasIsAnError() throws IOException {
        Path file = Files.writeString(directory.resolve("typo.yaml"), "baseURL: http://x\n");
        ConfigError error = assertThrows(ConfigError.class, () -> new ConfigSources().file(file));
        assertTrue(error.getMessage().contains("unknown setting 'baseURL'"), error.getMessage());
    }

    @Test
    void everySecretIsRedactedAndNoOtherValueIs() {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.BASE_URL, "http://platform.example");
        flags.put(Setting.USER, "alice");
        flags.put(Setting.PASSWORD, "alice-secret");
        flags.put(Setting.USER2, "bob");
        flags.put(Setting.PASSWORD2, "bob-secret");
        flags.put(Setting.FROZEN_USER, "carol");
        flags.put(Setting.FROZEN_PASSWORD, "carol-secret");
        flags.put(Setting.EXPIRED_TOKEN, "expired-token-value");
        flags.put(Setting.TRUST_STORE_PASSWORD, "store-secret");
        SuiteConfig config = new ConfigSources().flags(flags).build();

        Map<String, String> shown = config.redacted();
        for (Setting setting : Setting.values()) {
            if (setting.secret() && shown.containsKey(setting.key())) {
                assertEquals(SuiteConfig.REDACTED, shown.get(setting.key()), setting.key() + " is shown");
            }
        }
        for (String secret : new String[]{"alice-secret", "bob-secret", "carol-secret", "expired-token-value",
                "store-secret"}) {
            assertFalse(shown.toString().contains(secret), secret + " appears in " + shown);
            assertFalse(config.primaryUser().toString().contains(secret));
            assertFalse(config.secondUser().orElseThrow().toString().contains(secret));
        }
        assertEquals("alice", shown.get("user"));
        assertEquals("http://platform.example", shown.get("baseUrl"));
        assertTrue(Setting.PASSWORD.secret() && Setting.PASSWORD2.secret() && Setting.FROZEN_PASSWORD.secret()
                && Setting.EXPIRED_TOKEN.secret() && Setting.TRUST_STORE_PASSWORD.secret());
    }

    @Test
    void aMissingBaseUrlIsAConfigurationErrorNamingTheFlag() {
        ConfigError error = assertThrows(ConfigError.class, () -> new ConfigSources()
                .environment(Map.of("AICNET_USER", "u", "AICNET_PASSWORD", "p")).build());
        assertTrue(error.getMessage().contains("--base-url is required"), error.getMessage());
    }
}
