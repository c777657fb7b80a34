package org.aicnet.server;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.config.ConfigException;
import org.aicnet.server.config.ConfigLoader;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.config.ServerSettings;
import org.aicnet.server.deviations.Deviations;
import org.aicnet.server.guard.Guards;
import org.aicnet.server.guard.PrivateData;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.ErrorHandling;
import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.RequestLog;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.store.Database;
import org.aicnet.server.store.StoreOpening;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The reference platform: the configured network, its database and the routes of annex A on one Javalin server.
 * Started with faults ({@link ServerOptions#faults}, the configuration's {@code faults}), it deviates from the standard
 * on purpose, as {@link org.aicnet.server.deviations.Fault} describes, to show that the conformance suite catches it;
 * with variants it conforms in another way than its own ({@link Deviations}).
 */
public final class ReferenceServer implements AutoCloseable {

    static {
        // Jetty pads its contended counters by the reference size, which it reads from the platform MBean server
        // unless this is set; starting that server costs about 0.3 s of a start that must stay under 2 s. 16: a
        // 64-byte cache line of compressed 4-byte references, the JVM's default below 32 GiB of heap.
        System.getProperties().putIfAbsent("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    }

    private final Javalin app;
    private final Database database;
    private final List<AutoCloseable> resources;
    private final String configSource;
    private final String host;
    private final Deviations deviations;

    private ReferenceServer(Javalin app, Database database, List<AutoCloseable> resources, String configSource,
                            String host, Deviations deviations) {
        this.app = app;
        this.host = host;
        this.database = database;
        this.resources = resources;
        this.configSource = configSource;
        this.deviations = deviations;
    }

    public static ReferenceServer start(ServerOptions options) {
        ConfigLoader.Loaded loaded = ConfigLoader.load(options.configFile());
        Deviations deviations = Deviations.named(
                Stream.concat(options.faults().stream(), loaded.config().faults().stream()).toList(),
                Stream.concat(options.variants().stream(), loaded.config().variants().stream()).toList());
        NetworkConfig config = deviations.config(loaded.config());
        ServerSettings settings = config.server();
        String host = Objects.requireNonNullElse(options.host(),
                Objects.requireNonNullElse(settings.host(), ServerOptions.DEFAULT_HOST));
        int port = Objects.requireNonNullElse(options.port(),
                Objects.requireNonNullElse(settings.port(), ServerOptions.DEFAULT_PORT));
        Path dataDirectory = createDirectories(options.dataDirectory());
        StoreOpening store = StoreOpening.begin(config.store(), dataDirectory);
        List<AutoCloseable> resources = new ArrayList<>();
        BaseUrl baseUrl = BaseUrl.of(settings.publicUrl());
        try {
            List<RouteGroup> groups = RouteGroups.of(config, store, dataDirectory, resources, baseUrl, deviations);
            Database database = store.database();
            Javalin app = Javalin.create(javalin -> {
                javalin.http.defaultContentType = Json.CONTENT_TYPE;
                javalin.http.prefer405over404 = true;
                javalin.http.maxRequestSize = Long.MAX_VALUE;
                javalin.startup.showJavalinBanner = false;
                javalin.jsonMapper(new JavalinJackson(Json.MAPPER, false));
                javalin.requestLogger.http(RequestLog::log);
                ErrorStyle errors = deviations.errors();
                Guards.install(javalin, settings.limits(), errors);
                deviations.configure(javalin);
                RouteTable table = new RouteTable(javalin.routes, deviations.routes());
                ErrorHandling.install(javalin.routes, table, errors, List.of(BackendException.class));
                groups.forEach(group -> group.configure(javalin));
                groups.forEach(group -> group.register(table));
            });
            app.start(host, port);
            restrict(dataDirectory);
            ReferenceServer server = new ReferenceServer(app, database, resources, loaded.source(), host, deviations);
            baseUrl.listening(server.baseUrl());
            if (!deviations.conforms()) {
                LoggerFactory.getLogger(ReferenceServer.class).warn("{} does NOT conform to T/AI 123.8: faults {}",
                        server.baseUrl(), server.faultNames());
            }
            return server;
        } catch (RuntimeException e) {
            close(resources);
            store.close();
            throw e;
        }
    }

    public int port() {
        return app.port();
    }

    /** The base URL clients use; the paths of annex A are served at its root (under /api/v1 for that variant). */
    public String baseUrl() {
        String reachable = host.equals("0.0.0.0") || host.equals("::") ? ServerOptions.DEFAULT_HOST : host;
        return "http://" + reachable + ":" + port() + deviations.basePath();
    }

    public String configSource() {
        return configSource;
    }

    /** The variants switched on, by name; empty for the server's own behaviour. */
    public String variantNames() {
        return deviations.variantNames();
    }

    /** The faults switched on, by name; empty for a conforming server. */
    public String faultNames() {
        return deviations.faultNames();
    }

    /**
     * The class of the handler behind each route the server answers ({@code GET /centers}, as {@link
     * org.aicnet.server.http.Route} writes it), as its router holds them; HEAD, GET without the body, aside.
     */
    public Map<String, Class<?>> routeHandlers() {
        Map<String, Class<?>> handlers = new TreeMap<>();
        app.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method != HandlerType.HEAD)
                .forEach(endpoint -> handlers.put(endpoint.method.name() + " " + endpoint.path,
                        endpoint.handler.getClass()));
        return handlers;
    }

    @Override
    public void close() {
        app.stop();
        close(resources);
        database.close();
    }

    private static void close(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception ignored) {
                // closing the others matters more than one failure here
            }
        }
    }

    private static void restrict(Path dataDirectory) {
        try {
            PrivateData.restrict(dataDirectory);
        } catch (IOException e) {
            throw new ConfigException("cannot make data directory " + dataDirectory + " private: " + e);
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return restricted(Files.createDirectories(directory));
        } catch (IOException e) {
            throw new ConfigException("cannot create data directory " + directory + ": " + e);
        }
    }

    /** Private before the database is made in it (org.aicnet.server.guard.PrivateData). */
    private static Path restricted(Path directory) throws IOException {
        PrivateData.restrict(directory);
        return directory;
    }
}
