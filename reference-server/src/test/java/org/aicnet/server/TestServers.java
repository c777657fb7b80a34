package org.aicnet.server;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;

/** Starts real reference servers for tests: loopback only, a free port, a data directory of the test's own. */
public final class TestServers {

    private TestServers() {
    }

    /** A server on the embedded default configuration. */
    public static ReferenceServer start(Path dataDirectory) {
        return start(null, dataDirectory);
    }

    public static ReferenceServer start(Path configFile, Path dataDirectory) {
        return ReferenceServer.start(new ServerOptions(configFile, ServerOptions.DEFAULT_HOST, 0, dataDirectory));
    }

    /** A REST-assured request aimed at the server, with no token. */
    public static RequestSpecification request(ReferenceServer server) {
        return new RequestSpecBuilder().setBaseUri(server.baseUrl()).build();
    }
}
