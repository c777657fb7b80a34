package org.aicnet.server.backend.kubernetes;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.ResourceShape;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's nodes as groups of one shape each: allocatable cores (rounded down), memory in GiB (rounded down)
 * and the cards of the first processor type of the settings a node offers; the product name and the memory of the
 * cards come from the center's configured nodes of that type, else {@code Nvidia/GPU/generic}-like names. Nodes
 * marked unschedulable are left out.
 */
final class NodeCapacity {

    private static final BigDecimal GIB = BigDecimal.valueOf(1024L * 1024 * 1024);

    private final KubernetesSettings settings;
    private final List<NodeGroup> configured;

    NodeCapacity(KubernetesSettings settings, List<NodeGroup> configured) {
        this.settings = settings;
        this.configured = configured;
    }

    List<NodeGroup> of(List<Node> nodes) {
        Map<ResourceShape, Integer> groups = new LinkedHashMap<>();
        nodes.stream()
                .filter(node -> node.getSpec() == null || !Boolean.TRUE.equals(node.getSpec().getUnschedulable()))
                .sorted((a, b) -> a.getMetadata().getName().compareTo(b.getMetadata().getName()))
                .forEach(node -> groups.merge(shapeOf(node), 1, Integer::sum));
        return groups.entrySet().stream().map(group -> new NodeGroup(group.getKey(), group.getValue())).toList();
    }

    private ResourceShape shapeOf(Node node) {
        Map<String, Quantity> allocatable = node.getStatus() == null || node.getStatus().getAllocatable() == null
                ? Map.of() : node.getStatus().getAllocatable();
        int cores = amount(allocatable.get("cpu"), BigDecimal.ONE);
        int memory = amount(allocatable.get("memory"), GIB);
        String arch = archOf(node);
        for (Map.Entry<String, String> type : settings.resources().entrySet()) {
            int cards = amount(allocatable.get(type.getValue()), BigDecimal.ONE);
            if (cards > 0) {
                ResourceShape card = configuredCard(type.getKey());
                String product = card != null ? card.productName() : genericProduct(type.getKey());
                int cardMemory = card != null ? card.processorMemory() : 0;
                return new ResourceShape(arch, cores, type.getKey(), cards, product, cardMemory, memory);
            }
        }
        return new ResourceShape(arch, cores, "", 0, "", 0, memory);
    }

    private ResourceShape configuredCard(String processorType) {
        return configured.stream().map(NodeGroup::shape)
                .filter(shape -> processorType.equalsIgnoreCase(shape.processorType()) && shape.processorNum() > 0)
                .findFirst().orElse(null);
    }

    private static String genericProduct(String processorType) {
        return switch (processorType) {
            case "GPU" -> "Nvidia/GPU/generic";
            case "NPU" -> "Huawei/NPU/generic";
            case "MLU" -> "Cambricon/MLU/generic";
            default -> processorType + "/generic";
        };
    }

    private String archOf(Node node) {
        String label = node.getMetadata().getLabels() == null ? null
                : node.getMetadata().getLabels().get("kubernetes.io/arch");
        if ("amd64".equals(label)) {
            return "X86";
        }
        if ("arm64".equals(label)) {
            return "ARM";
        }
        return settings.cpuArch();
    }

    private static int amount(Quantity quantity, BigDecimal unit) {
        if (quantity == null) {
            return 0;
        }
        return Quantity.getAmountInBytes(quantity).divideToIntegralValue(unit).intValue();
    }
}
