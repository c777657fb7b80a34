package org.aicnet.server.idle;

import org.aicnet.server.backend.ResourceShape;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The sum of several nodes' resources, for a center's totalResource and idleResource (A.16): cores, memory and cards
 * add up; the architecture, processor type and product name are those of the nodes, joined with "," should a center
 * mix them; processorMemory stays the memory of one card (6.3.2), the largest where cards differ.
 */
final class NodeTotals {

    private NodeTotals() {
    }

    static ResourceShape sum(Collection<ResourceShape> shapes) {
        Set<String> arches = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        Set<String> products = new LinkedHashSet<>();
        int cores = 0;
        int cards = 0;
        int cardMemory = 0;
        int memory = 0;
        for (ResourceShape shape : shapes) {
            arches.add(shape.cpuArch());
            cores += shape.coreNum();
            memory += shape.memoryGiB();
            cards += shape.processorNum();
            if (!shape.productName().isEmpty()) {
                types.add(shape.processorType());
                products.add(shape.productName());
                cardMemory = Math.max(cardMemory, shape.processorMemory());
            }
        }
        return new ResourceShape(String.join(",", arches), cores, String.join(",", types), cards,
                String.join(",", products), cardMemory, memory);
    }
}
