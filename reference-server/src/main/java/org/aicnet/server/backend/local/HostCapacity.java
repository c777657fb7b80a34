package org.aicnet.server.backend.local;

import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.ResourceShape;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The one node of the {@code local} backend, the machine the server runs on: its CPU cores and memory as the
 * operating system tells them to the JVM (both respect a container's limits), its Nvidia GPUs from nvidia-smi, and
 * where nvidia-smi finds none, the AI processors of the center's configured nodes (an NPU or MLU host, or a laptop
 * that pretends to have cards). {@code devices} are the device numbers of the cards in the order the scheduler
 * numbers them from 0.
 */
record HostCapacity(NodeGroup node, List<Integer> devices) {

    private static final long GIB = 1024L * 1024 * 1024;

    /** This machine; {@code cores} and {@code memoryGiB} where the settings offer other amounts (null: its own). */
    static HostCapacity of(List<NvidiaSmi.Gpu> gpus, List<NodeGroup> configuredNodes, Integer cores,
                           Integer memoryGiB) {
        return of(arch(System.getProperty("os.arch")),
                cores != null ? cores : Runtime.getRuntime().availableProcessors(),
                memoryGiB != null ? memoryGiB : (int) (totalMemory() / GIB), gpus, configuredNodes);
    }

    static HostCapacity of(String arch, int cores, int memoryGiB, List<NvidiaSmi.Gpu> gpus,
                           List<NodeGroup> configuredNodes) {
        if (!gpus.isEmpty()) {
            // a node has one product: the cards of the first card's model
            NvidiaSmi.Gpu first = gpus.get(0);
            List<NvidiaSmi.Gpu> same = gpus.stream().filter(gpu -> gpu.name().equals(first.name())).toList();
            ResourceShape shape = new ResourceShape(arch, cores, "GPU", same.size(), first.productName(),
                    first.memoryGiB(), memoryGiB);
            return new HostCapacity(new NodeGroup(shape, 1), same.stream().map(NvidiaSmi.Gpu::index).toList());
        }
        ResourceShape configured = configuredNodes.stream().map(NodeGroup::shape)
                .filter(shape -> shape.processorNum() > 0).findFirst().orElse(null);
        if (configured != null) {
            ResourceShape shape = new ResourceShape(arch, cores, configured.processorType(),
                    configured.processorNum(), configured.productName(), configured.processorMemory(), memoryGiB);
            return new HostCapacity(new NodeGroup(shape, 1),
                    IntStream.range(0, configured.processorNum()).boxed().toList());
        }
        return new HostCapacity(new NodeGroup(new ResourceShape(arch, cores, "", 0, "", 0, memoryGiB), 1), List.of());
    }

    /** 6.3.1's architecture names: X86 for amd64/x86_64, ARM for aarch64/arm64, else the JVM's name in capitals. */
    static String arch(String osArch) {
        String name = osArch.toLowerCase(Locale.ROOT);
        if (name.equals("amd64") || name.equals("x86_64") || name.matches("i[3-6]86|x86")) {
            return "X86";
        }
        if (name.startsWith("aarch64") || name.startsWith("arm")) {
            return "ARM";
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** The device number of the card the scheduler numbered {@code accelerator}. */
    int device(int accelerator) {
        return accelerator < devices.size() ? devices.get(accelerator) : accelerator;
    }

    private static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory();
    }
}
