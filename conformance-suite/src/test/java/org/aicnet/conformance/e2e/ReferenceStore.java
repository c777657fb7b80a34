package org.aicnet.conformance.e2e;

import org.junit.jupiter.api.Assumptions;

import java.util.UUID;

/**
 * The stores the reference server of a whole-suite run keeps its data in: the embedded H2 default, and the
 * PostgreSQL server of the tests (reference-server/src/test/postgres/postgres-cluster.sh, which .ci/run starts:
 * AICNET_TEST_POSTGRES_URL and _USER, the password in AICNET_TEST_POSTGRES_PASSWORD), in a schema of its own that
 * the server makes at start. Without PostgreSQL its runs are skipped, except in CI (CI=true), where it must be there.
 */
public enum ReferenceStore {
    EMBEDDED_H2,
    POSTGRESQL;

    /** The configuration's {@code store:} section of a fresh store ("" for the default); once per data directory. */
    public String yaml() {
        if (this == EMBEDDED_H2) {
            return "";
        }
        String url = System.getenv("AICNET_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no AICNET_TEST_POSTGRES_URL: .ci/run starts PostgreSQL");
            }
            Assumptions.abort("no PostgreSQL: reference-server/src/test/postgres/postgres-cluster.sh start starts one");
        }
        String schema = "suite_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return "store: {url: '" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + "', user: "
                + System.getenv("AICNET_TEST_POSTGRES_USER") + ", passwordEnv: AICNET_TEST_POSTGRES_PASSWORD}\n";
    }
}
