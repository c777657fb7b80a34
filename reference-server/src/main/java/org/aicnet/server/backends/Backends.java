package org.aicnet.server.backends;

import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.BackendProvider;
import org.aicnet.server.config.BackendConfig;
import org.aicnet.server.config.CenterConfig;
import org.aicnet.server.config.ConfigException;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.config.NodeConfig;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The backend of every center, made at start-up by the provider of the type the center's configuration names. The
 * providers are those {@link ServiceLoader} finds on the class path, so a backend shipped as its own jar needs no
 * change here.
 */
public final class Backends implements AutoCloseable {

    private final Map<String, AcceleratorBackend> byCenter;

    private Backends(Map<String, AcceleratorBackend> byCenter) {
        this.byCenter = byCenter;
    }

    /** One backend per configured center; an unknown type is a {@link ConfigException} naming the types on offer. */
    public static Backends create(NetworkConfig config, Path dataDirectory) {
        return create(config, dataDirectory, BackendCalls.NONE);
    }

    /** As {@link #create(NetworkConfig, Path)}, each backend's calls reported to {@code calls}. */
    public static Backends create(NetworkConfig config, Path dataDirectory, BackendCalls calls) {
        return create(config, dataDirectory, providers(), calls);
    }

    static Backends create(NetworkConfig config, Path dataDirectory, Map<String, BackendProvider> providers) {
        return create(config, dataDirectory, providers, BackendCalls.NONE);
    }

    private static Backends create(NetworkConfig config, Path dataDirectory, Map<String, BackendProvider> providers,
                                   BackendCalls calls) {
        Map<String, AcceleratorBackend> byCenter = new LinkedHashMap<>();
        Backends backends = new Backends(byCenter);
        try {
            for (CenterConfig center : config.centers()) {
                BackendConfig backend = center.backend();
                BackendProvider provider = providers.get(backend.type());
                if (provider == null) {
                    throw new ConfigException("center '" + center.id() + "': unknown backend type '" + backend.type()
                            + "'; the types on offer are " + providers.keySet());
                }
                BackendContext context = new BackendContext(center.id(),
                        backend.settings() == null ? Map.of() : backend.settings(),
                        center.nodes().stream().map(NodeConfig::group).toList(),
                        config.jobs().simulatedRunTime(), config.jobs().schedulerInterval(), dataDirectory);
                AcceleratorBackend created = create(provider, context);
                byCenter.put(center.id(), calls == BackendCalls.NONE ? created
                        : new ObservedBackend(created, center.id(), calls));
            }
            return backends;
        } catch (RuntimeException e) {
            backends.close();
            throw e;
        }
    }

    /** The providers on the class path by type, sorted by type. */
    public static Map<String, BackendProvider> providers() {
        Map<String, BackendProvider> providers = new TreeMap<>();
        for (BackendProvider provider : ServiceLoader.load(BackendProvider.class)) {
            providers.putIfAbsent(provider.type(), provider);
        }
        return providers;
    }

    /** The backend of a configured center. */
    public AcceleratorBackend of(String centerId) {
        AcceleratorBackend backend = byCenter.get(centerId);
        if (backend == null) {
            throw new IllegalArgumentException("no backend for center " + centerId);
        }
        return backend;
    }

    /** The ids of the configured centers, in the configuration's order. */
    public Set<String> centerIds() {
        return Collections.unmodifiableSet(byCenter.keySet());
    }

    @Override
    public void close() {
        byCenter.values().forEach(AcceleratorBackend::close);
    }

    private static AcceleratorBackend create(BackendProvider provider, BackendContext context) {
        try {
            return provider.create(context);
        } catch (BackendException e) {
            throw new ConfigException("center '" + context.centerId() + "': the " + provider.type()
                    + " backend cannot start: " + e.getMessage());
        }
    }
}
