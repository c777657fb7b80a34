package org.aicnet.server.store;

/** The database engines the store runs on, and the folder of the migrations only one of them needs. */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** Flyway's locations: the migrations of every store, then those of this one, if it has any. */
    String[] migrations() {
        String own = "db/migration/" + folder;
        return Dialect.class.getClassLoader().getResource(own) == null
                ? new String[] {"classpath:db/migration/common"}
                : new String[] {"classpath:db/migration/common", "classpath:" + own};
    }
}
