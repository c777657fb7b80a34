package org.aicnet.server.config;

/**
 * Where the server keeps what it acknowledged: by default ({@code url} left out) the embedded H2 file of the data
 * directory; else the database of the JDBC {@code url} (jdbc:postgresql://host:port/database), as {@code user}, with
 * the password read from the environment variable {@code passwordEnv}, so that no configuration file holds it.
 */
public record StoreSettings(String url, String user, String passwordEnv) {

    public static final StoreSettings EMBEDDED = new StoreSettings(null, null, null);

    public boolean embedded() {
        return url == null;
    }
}
