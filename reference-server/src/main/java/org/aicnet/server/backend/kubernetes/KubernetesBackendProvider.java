package org.aicnet.server.backend.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.aicnet.server.backend.AcceleratorBackend;
import org.aicnet.server.backend.BackendContext;
import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.BackendProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@value #TYPE} backend: every task a Kubernetes Job of the cluster that the {@code kubeconfig} setting, else
 * fabric8's auto-configuration (KUBECONFIG, ~/.kube/config, the in-cluster service account), points at.
 */
public final class KubernetesBackendProvider implements BackendProvider {

    public static final String TYPE = "kubernetes";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public AcceleratorBackend create(BackendContext context) throws BackendException {
        KubernetesSettings settings = KubernetesSettings.of(context.settings());
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config(settings)).build();
        return new KubernetesBackend(context, settings, client);
    }

    private static Config config(KubernetesSettings settings) throws BackendException {
        if (settings.kubeconfig() == null) {
            return Config.autoConfigure(null);
        }
        Path file = Path.of(settings.kubeconfig());
        try {
            return Config.fromKubeconfig(null, Files.readString(file), file.toString());
        } catch (IOException | KubernetesClientException e) {
            throw new BackendException("setting 'kubeconfig': cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
