package org.aicnet.server;

/** The stores a persistence test runs on: the embedded H2 default and PostgreSQL ({@link TestPostgres}). */
public enum TestStore {
    EMBEDDED_H2,
    POSTGRESQL;

    /** The configuration's {@code store:} section of a fresh store ("" for the default); call once per server life. */
    public String yaml() {
        return this == POSTGRESQL ? TestPostgres.storeYaml() : "";
    }
}
