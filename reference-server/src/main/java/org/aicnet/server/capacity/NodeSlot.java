package org.aicnet.server.capacity;

import java.util.List;

/** Where one task sits: a node of its center (numbered from 0) and the indices of the cards it holds there. */
public record NodeSlot(int nodeIndex, List<Integer> accelerators) {
}
