package org.aicnet.server.backend.local;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The variables that tell a task which cards of its node are its own: {@value #AICNET} for every processor type, and
 * the one its vendor's runtime reads: CUDA_VISIBLE_DEVICES (Nvidia GPU), ASCEND_VISIBLE_DEVICES (Huawei Ascend NPU),
 * MLU_VISIBLE_DEVICES (Cambricon MLU). A task without cards gets them empty, so that it does not take the node's.
 */
final class VisibleDevices {

    static final String AICNET = "AICNET_ACCELERATORS";
    private static final Map<String, String> BY_TYPE = Map.of(
            "GPU", "CUDA_VISIBLE_DEVICES",
            "NPU", "ASCEND_VISIBLE_DEVICES",
            "MLU", "MLU_VISIBLE_DEVICES");

    private VisibleDevices() {
    }

    /** The variables for {@code devices} of a node whose cards are of {@code processorType} (empty: none). */
    static Map<String, String> of(String processorType, List<Integer> devices) {
        String list = devices.stream().map(String::valueOf).collect(Collectors.joining(","));
        String vendor = BY_TYPE.get(processorType.toUpperCase(Locale.ROOT));
        return vendor == null ? Map.of(AICNET, list) : Map.of(AICNET, list, vendor, list);
    }
}
