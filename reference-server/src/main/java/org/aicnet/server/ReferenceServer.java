package org.aicnet.server;

import io.javalin.Javalin;
import org.aicnet.server.config.ConfigLoader;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.ErrorHandling;
import org.aicnet.server.http.Feature;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.RequestLog;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The reference platform: the configured network, its database and the routes of annex A on one Javalin server. */
public final class ReferenceServer implements AutoCloseable {

    private final Javalin app;
    private final Database database;
    private final List<AutoCloseable> resources;
    private final String configSource;
    private final String host;

    private ReferenceServer(Javalin app, Database database, List<AutoCloseable> resources, String configSource,
                            String host) {
        this.app = app;
        this.host = host;
        this.database = database;
        this.resources = resources;
        this.configSource = configSource;
    }

    public static ReferenceServer start(ServerOptions options) {
        ConfigLoader.Loaded loaded = ConfigLoader.load(options.configFile());
        NetworkConfig config = loaded.config();
        Path dataDirectory = createDirectories(options.dataDirectory());
        Database database = Database.open(dataDirectory);
        List<AutoCloseable> resources = new ArrayList<>();
        BaseUrl baseUrl = BaseUrl.of(config.server());
        List<Feature> features;
        try {
            features = Features.of(config, database, dataDirectory, resources, baseUrl);
        } catch (RuntimeException e) {
            closeAll(resources);
            database.close();
            throw e;
        }

        Javalin app = Javalin.create(javalin -> {
            javalin.http.defaultContentType = Json.CONTENT_TYPE;
            javalin.http.prefer405over404 = true;
            javalin.http.maxRequestSize = Long.MAX_VALUE;
            javalin.startup.showJavalinBanner = false;
            javalin.jsonMapper(new io.javalin.json.JavalinJackson(Json.MAPPER, false));
            javalin.requestLogger.http(RequestLog::log);
            RouteTable table = new RouteTable(javalin.routes);
            ErrorHandling.install(javalin.routes, table);
            features.forEach(feature -> feature.register(table));
        });
        app.start(options.host(), options.port());
        ReferenceServer server = new ReferenceServer(app, database, resources, loaded.source(), options.host());
        baseUrl.listening(server.baseUrl());
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The base URL clients use; the paths of annex A are served at its root. */
    public String baseUrl() {
        String reachable = host.equals("0.0.0.0") || host.equals("::") ? ServerOptions.DEFAULT_HOST : host;
        return "http://" + reachable + ":" + port();
    }

    public String configSource() {
        return configSource;
    }

    @Override
    public void close() {
        app.stop();
        closeAll(resources);
        database.close();
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            AutoCloseable resource = resources.get(i);
            try {
                resource.close();
            } catch (Exception ignored) {
                // closing the others matters more than one failure here
            }
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new org.aicnet.server.config.ConfigException("cannot create data directory " + directory + ": " + e);
        }
    }
}
