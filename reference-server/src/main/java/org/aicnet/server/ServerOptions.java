package org.aicnet.server;

import java.nio.file.Path;
import java.util.List;

/**
 * How a server is started: the configuration file (null: the embedded default), the address to listen on and the
 * data directory holding the database, logs, outputs and datasets. A null host or port is taken from the
 * configuration's {@code server} section, else {@link #DEFAULT_HOST} and {@link #DEFAULT_PORT}; port 0 is a free port.
 * {@code faults} names deliberate deviations from the standard ({@code org.aicnet.server.deviations.Fault}),
 * switched on besides those of the configuration; none for a conforming server. {@code variants} names conforming
 * behaviours other than the server's own ({@code org.aicnet.server.deviations.Variant}), besides those of the
 * configuration.
 */
public record ServerOptions(Path configFile, String host, Integer port, Path dataDirectory, List<String> faults,
                            List<String> variants) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ServerOptions {
        faults = List.copyOf(faults);
        variants = List.copyOf(variants);
    }

    /** A server with these faults and no variant. */
    public ServerOptions(Path configFile, String host, Integer port, Path dataDirectory, List<String> faults) {
        this(configFile, host, port, dataDirectory, faults, List.of());
    }

    /** A conforming server: no fault. */
    public ServerOptions(Path configFile, String host, Integer port, Path dataDirectory) {
        this(configFile, host, port, dataDirectory, List.of());
    }
}
