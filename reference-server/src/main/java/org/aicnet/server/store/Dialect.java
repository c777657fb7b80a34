package org.aicnet.server.store;

import java.util.Arrays;

/** The database engines the store runs on, and the folder of the migrations only one of them needs. */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The folders of its migrations on the class path: those of every store, then those of this one, if any. */
    String[] folders() {
        String own = "db/migration/" + folder;
        return Dialect.class.getClassLoader().getResource(own) == null
                ? new String[] {"db/migration/common"}
                : new String[] {"db/migration/common", own};
    }

    /**
     * What follows the table in a query's FROM to have it read through that index: H2 only (USE INDEX); PostgreSQL's
     * planner takes the index that serves the ORDER BY of its own.
     */
    public String indexHint(String index) {
        return this == H2 ? " USE INDEX (" + index + ")" : "";
    }

    /** Flyway's locations of {@link #folders}. */
    String[] migrations() {
        return Arrays.stream(folders()).map(folder -> "classpath:" + folder).toArray(String[]::new);
    }
}
