package org.aicnet.server.capacity;

import org.aicnet.server.backend.ResourceShape;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** One node of a center: its resources, what is free of them, and which of its cards are taken. */
final class Node {

    private final ResourceShape total;
    private ResourceShape free;
    private final BitSet takenCards = new BitSet();

    Node(ResourceShape total) {
        this.total = total;
        this.free = total;
    }

    boolean canHold(ResourceShape demand) {
        return free.holds(demand);
    }

    /** Takes the demand and the lowest free cards; the caller checked {@link #canHold}. */
    List<Integer> take(ResourceShape demand) {
        List<Integer> cards = new ArrayList<>();
        for (int card = takenCards.nextClearBit(0); cards.size() < demand.processorNum();
             card = takenCards.nextClearBit(card + 1)) {
            cards.add(card);
        }
        take(demand, cards);
        return cards;
    }

    /** Takes the demand with the given cards, as a restart finds them recorded; false when they do not fit. */
    boolean take(ResourceShape demand, List<Integer> cards) {
        if (!canHold(demand) || cards.size() != demand.processorNum()
            || cards.stream().anyMatch(card -> card < 0 || card >= total.processorNum() || takenCards.get(card))) {
            return false;
        }
        cards.forEach(takenCards::set);
        free = free.minus(demand);
        return true;
    }

    void release(ResourceShape demand, List<Integer> cards) {
        cards.forEach(takenCards::clear);
        free = free.plus(demand);
    }

    NodeView view() {
        return new NodeView(total, free);
    }

    ResourceShape total() {
        return total;
    }
}
