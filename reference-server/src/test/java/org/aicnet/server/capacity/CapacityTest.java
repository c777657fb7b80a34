package org.aicnet.server.capacity;

import org.aicnet.server.backend.NodeGroup;
import org.aicnet.server.backend.ResourceShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capacity accounting: distinct nodes per job, nodes shared while they have room, cards, release, restore. */
class CapacityTest {

    private static final ResourceShape NODE = new ResourceShape("X86", 32, "GPU", 8, "Nvidia/GPU/V100", 32, 128);
    private static final ResourceShape ONE_CARD = new ResourceShape("X86", 4, "GPU", 1, "Nvidia/GPU/V100", 32, 16);
    private static final ResourceShape FOUR_CARDS = new ResourceShape("X86", 16, "GPU", 4, "Nvidia/GPU/V100", 32, 64);
    private static final ResourceShape CPU_ONLY = new ResourceShape("X86", 2, "", 0, "", 0, 4);
    private static final ResourceShape ARM = new ResourceShape("ARM", 2, "", 0, "", 0, 4);
    private static final ResourceShape OTHER_CARD = new ResourceShape("X86", 4, "GPU", 1, "Nvidia/GPU/A100", 80, 16);

    private Capacity capacity;

    @BeforeEach
    void twoNodes() {
        capacity = new Capacity();
        capacity.addCenter("c", List.of(new NodeGroup(NODE, 2)));
    }

    @Test
    void aJobGetsDistinctNodesAndTheLowestFreeCards() {
        assertEquals(Optional.of(List.of(new NodeSlot(0, List.of(0, 1, 2, 3)), new NodeSlot(1, List.of(0, 1, 2, 3)))),
                capacity.reserve("c", FOUR_CARDS, 2));
        assertEquals(Optional.of(List.of(new NodeSlot(0, List.of(4)))), capacity.reserve("c", ONE_CARD, 1));
        assertEquals(new ResourceShape("X86", 12, "GPU", 3, "Nvidia/GPU/V100", 32, 48),
                capacity.nodes("c").get(0).free());
    }

    @Test
    void aNodeHostsFurtherTasksWhileItHasRoom() {
        for (int i = 0; i < 16; i++) {
            assertTrue(capacity.reserve("c", ONE_CARD, 1).isPresent(), "task " + i);
        }
        assertFalse(capacity.reserve("c", ONE_CARD, 1).isPresent());
        assertFalse(capacity.hasRoom("c", ONE_CARD, 1));
    }

    @Test
    void nothingIsTakenWhenNotEnoughNodesHaveRoom() {
        capacity.reserve("c", FOUR_CARDS, 2);
        assertEquals(Optional.empty(), capacity.reserve("c", new ResourceShape("X86", 16, "GPU", 8,
                "Nvidia/GPU/V100", 32, 64), 1));
        assertEquals(Optional.empty(), capacity.reserve("c", FOUR_CARDS, 3));
        assertEquals(new ResourceShape("X86", 16, "GPU", 4, "Nvidia/GPU/V100", 32, 64),
                capacity.nodes("c").get(0).free());
        assertEquals(new ResourceShape("X86", 16, "GPU", 4, "Nvidia/GPU/V100", 32, 64),
                capacity.nodes("c").get(1).free());
    }

    @Test
    void releaseGivesBackTheResourcesAndCards() {
        NodeSlot slot = capacity.reserve("c", FOUR_CARDS, 1).orElseThrow().get(0);
        capacity.reserve("c", ONE_CARD, 1);
        capacity.release("c", slot, FOUR_CARDS);
        assertEquals(Optional.of(List.of(new NodeSlot(0, List.of(0, 1, 2, 3)))), capacity.reserve("c", FOUR_CARDS, 1));
        capacity.release("c", new NodeSlot(0, List.of(0, 1, 2, 3)), FOUR_CARDS);
        capacity.release("c", new NodeSlot(0, List.of(4)), ONE_CARD);
        assertEquals(List.of(new NodeView(NODE, NODE), new NodeView(NODE, NODE)), capacity.nodes("c"));
    }

    @Test
    void aSpecFitsOnlyNodesOfItsArchitectureAndProduct() {
        assertEquals(2, capacity.nodesAbleToHold("c", CPU_ONLY));
        assertEquals(0, capacity.nodesAbleToHold("c", ARM));
        assertEquals(0, capacity.nodesAbleToHold("c", OTHER_CARD));
        assertEquals(0, capacity.nodesAbleToHold("unknown", CPU_ONLY));
        assertEquals(Optional.of(List.of(new NodeSlot(0, List.of()))), capacity.reserve("c", CPU_ONLY, 1));
    }

    @Test
    void restoreTakesExactlyTheRecordedCardsOrRefuses() {
        assertTrue(capacity.restore("c", new NodeSlot(1, List.of(6)), ONE_CARD));
        assertFalse(capacity.restore("c", new NodeSlot(1, List.of(6)), ONE_CARD));
        assertFalse(capacity.restore("c", new NodeSlot(2, List.of(0)), ONE_CARD));
        assertFalse(capacity.restore("c", new NodeSlot(0, List.of(8)), ONE_CARD));
        ResourceShape sevenCards = new ResourceShape("X86", 4, "GPU", 7, "Nvidia/GPU/V100", 32, 16);
        ResourceShape eightCards = new ResourceShape("X86", 4, "GPU", 8, "Nvidia/GPU/V100", 32, 16);
        assertEquals(Optional.of(List.of(new NodeSlot(0, List.of(0, 1, 2, 3, 4, 5, 6, 7)))),
                capacity.reserve("c", eightCards, 1));
        assertEquals(Optional.of(List.of(new NodeSlot(1, List.of(0, 1, 2, 3, 4, 5, 7)))),
                capacity.reserve("c", sevenCards, 1));
    }
}
