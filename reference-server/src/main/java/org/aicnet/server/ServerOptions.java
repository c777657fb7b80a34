package org.aicnet.server;

import java.nio.file.Path;

/**
 * How a server is started: the configuration file (null: the embedded default), the address to listen on (port 0:
 * a free port) and the data directory holding the database, logs, outputs and datasets.
 */
public record ServerOptions(Path configFile, String host, int port, Path dataDirectory) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
}
