package org.aicnet.server;

import org.aicnet.server.config.StoreSettings;
import org.junit.jupiter.api.Assumptions;

import java.util.UUID;

/**
 * The PostgreSQL server of the tests (reference-server/src/test/postgres/postgres-cluster.sh, which .ci/run starts):
 * AICNET_TEST_POSTGRES_URL and _USER, the password in AICNET_TEST_POSTGRES_PASSWORD. Each store it hands out is a
 * schema of its own that the server makes at start. Without one the tests that need it are skipped, except in CI
 * (CI=true), where it must be there.
 */
public final class TestPostgres {

    public static final String PASSWORD_ENV = "AICNET_TEST_POSTGRES_PASSWORD";

    private TestPostgres() {
    }

    /** A {@code store:} section of a fresh, empty schema; skips the test where there is no PostgreSQL. */
    public static String storeYaml() {
        StoreSettings store = fresh();
        return "store: {url: '" + store.url() + "', user: " + store.user() + ", passwordEnv: " + store.passwordEnv()
                + "}\n";
    }

    /** The settings of a fresh, empty schema; skips the test where there is no PostgreSQL. */
    public static StoreSettings fresh() {
        String url = System.getenv("AICNET_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no AICNET_TEST_POSTGRES_URL: .ci/run starts PostgreSQL");
            }
            Assumptions.abort("no PostgreSQL: reference-server/src/test/postgres/postgres-cluster.sh start starts one"
                    + " (then set AICNET_TEST_POSTGRES_URL, _USER and _PASSWORD)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return new StoreSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getenv("AICNET_TEST_POSTGRES_USER"), PASSWORD_ENV);
    }
}
