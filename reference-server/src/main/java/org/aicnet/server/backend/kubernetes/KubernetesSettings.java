package org.aicnet.server.backend.kubernetes;

import org.aicnet.server.backend.BackendException;
import org.aicnet.server.backend.BackendSettings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code backend.settings} of a {@code kubernetes} center, all optional:
 *
 * <ul>
 * <li>{@code kubeconfig}: the kubeconfig file (default: fabric8's auto-configuration: KUBECONFIG, ~/.kube/config, or
 * the pod's service account when the server runs in the cluster);</li>
 * <li>{@code namespace}: where the Jobs go (default: the kubeconfig's namespace, else {@code default});</li>
 * <li>{@code resources}: the extended resource of each processor type (default GPU nvidia.com/gpu,
 * NPU huawei.com/Ascend910, MLU cambricon.com/mlu);</li>
 * <li>{@code images}: the image reference of each image id a job may name (a job's imageUrl is used as it is);</li>
 * <li>{@code cpuArch}: the architecture of nodes whose kubernetes.io/arch label is missing (default X86).</li>
 * </ul>
 */
record KubernetesSettings(String kubeconfig, String namespace, Map<String, String> resources,
                          Map<String, String> images, String cpuArch) {

    private static final Map<String, String> RESOURCES =
            Map.of("GPU", "nvidia.com/gpu", "NPU", "huawei.com/Ascend910", "MLU", "cambricon.com/mlu");

    static KubernetesSettings of(Map<String, Object> settings) throws BackendException {
        BackendSettings read = new BackendSettings(settings);
        Map<String, String> resources = new LinkedHashMap<>(RESOURCES);
        read.map("resources").forEach((type, name) -> resources.put(type.toUpperCase(Locale.ROOT), name));
        String namespace = read.string("namespace", null);
        if (namespace != null && !namespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new BackendException("setting 'namespace' '" + namespace + "' is no Kubernetes namespace name");
        }
        return new KubernetesSettings(read.string("kubeconfig", null), namespace, resources, read.map("images"),
                read.string("cpuArch", "X86"));
    }

    /** The extended resource of a processor type, e.g. nvidia.com/gpu for GPU; null for none. */
    String resourceOf(String processorType) {
        return processorType == null ? null : resources.get(processorType.toUpperCase(Locale.ROOT));
    }

    /** The image a task runs: the configured reference of an image id, else the task's image as it is. */
    String imageOf(String image) {
        return images.getOrDefault(image, image);
    }
}
