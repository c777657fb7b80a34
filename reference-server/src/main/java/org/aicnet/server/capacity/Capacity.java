package org.aicnet.server.capacity;

import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.ResourceShape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nodes of every center and what of them is free: the scheduler takes a task's spec from a node when it places the
 * task and gives it back when the task ends; GET /resource/idle reports what is free (7.3.3).
 */
public final class Capacity {

    private final Map<String, List<Node>> centers = new LinkedHashMap<>();

    /** Adds a center's nodes, numbered from 0 in the order of its groups. */
    public synchronized void addCenter(String centerId, List<NodeGroup> groups) {
        List<Node> nodes = new ArrayList<>();
        for (NodeGroup group : groups) {
            for (int i = 0; i < group.count(); i++) {
                nodes.add(new Node(group.shape()));
            }
        }
        centers.put(centerId, nodes);
    }

    /**
     * Point 5 of issue 3: {@code count} distinct nodes of the center, each able to hold {@code demand}, one task per
     * node, taken at once; empty (and nothing taken) when the center has not that many nodes with room now. A node may
     * host tasks of other jobs while it has room; the lowest-numbered nodes are filled first.
     */
    public synchronized Optional<List<NodeSlot>> reserve(String centerId, ResourceShape demand, int count) {
        List<Node> nodes = centers.getOrDefault(centerId, List.of());
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < nodes.size() && chosen.size() < count; i++) {
            if (nodes.get(i).canHold(demand)) {
                chosen.add(i);
            }
        }
        if (chosen.size() < count) {
            return Optional.empty();
        }
        List<NodeSlot> slots = new ArrayList<>();
        for (int index : chosen) {
            slots.add(new NodeSlot(index, nodes.get(index).take(demand)));
        }
        return Optional.of(slots);
    }

    /** Whether {@link #reserve} would find the nodes now. */
    public synchronized boolean hasRoom(String centerId, ResourceShape demand, int count) {
        return centers.getOrDefault(centerId, List.of()).stream().filter(node -> node.canHold(demand)).count()
               >= count;
    }

    /** Takes again what a task recorded before a restart; false when the node or its cards no longer fit it. */
    public synchronized boolean restore(String centerId, NodeSlot slot, ResourceShape demand) {
        List<Node> nodes = centers.getOrDefault(centerId, List.of());
        return slot.nodeIndex() < nodes.size() && nodes.get(slot.nodeIndex()).take(demand, slot.accelerators());
    }

    /** What a task holds of a node, as the store records it. */
    public record Held(String centerId, NodeSlot slot, ResourceShape demand) {
    }

    /**
     * Frees every node, then takes what {@code held} records, at once for every reader: the nodes as the store's
     * tasks hold them (after a restart, or on a replica, docs/replicas.md). Returns those that no longer fit.
     */
    public synchronized List<Held> retake(List<Held> held) {
        centers.replaceAll((id, nodes) -> new ArrayList<>(nodes.stream().map(node -> new Node(node.total())).toList()));
        List<Held> misfits = new ArrayList<>();
        for (Held one : held) {
            if (!restore(one.centerId(), one.slot(), one.demand())) {
                misfits.add(one);
            }
        }
        return misfits;
    }

    public synchronized void release(String centerId, NodeSlot slot, ResourceShape demand) {
        List<Node> nodes = centers.getOrDefault(centerId, List.of());
        if (slot.nodeIndex() < nodes.size()) {
            nodes.get(slot.nodeIndex()).release(demand, slot.accelerators());
        }
    }

    /** How many nodes of the center could hold the demand when all are free: the most tasks a job can have there. */
    public synchronized int nodesAbleToHold(String centerId, ResourceShape demand) {
        return (int) centers.getOrDefault(centerId, List.of()).stream()
                .filter(node -> node.total().holds(demand))
                .count();
    }

    /** The center's nodes as they stand now, in their order. */
    public synchronized List<NodeView> nodes(String centerId) {
        return centers.getOrDefault(centerId, List.of()).stream().map(Node::view).toList();
    }
}
