package org.aicnet.server.http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue #12: a kept query check or answer is computed once per key, and made-up keys never grow what is kept. */
class BoundedMemoTest {

    @Test
    void aKeptValueIsComputedOnce() {
        List<String> computed = new ArrayList<>();
        BoundedMemo<String, String> memo = new BoundedMemo<>(4, key -> {
            computed.add(key);
            return key.toUpperCase();
        });
        assertEquals("A", memo.get("a"));
        assertEquals("A", memo.get("a"));
        assertEquals("B", memo.get("b"));
        assertEquals(List.of("a", "b"), computed);
    }

    @Test
    void aValueGivenAtTheGetIsKeptToo() {
        List<String> computed = new ArrayList<>();
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(4);
        for (int round = 0; round < 3; round++) {
            assertEquals(1, memo.get("a", () -> {
                computed.add("a");
                return 1;
            }));
        }
        assertEquals(List.of("a"), computed);
    }

    @Test
    void pastItsCapacityItForgetsWhatItKept() {
        List<Integer> computed = new ArrayList<>();
        BoundedMemo<Integer, Integer> memo = new BoundedMemo<>(3, key -> {
            computed.add(key);
            return key;
        });
        for (int key = 0; key < 1_000; key++) {
            memo.get(key);
        }
        computed.clear();
        memo.get(999);
        memo.get(0);
        assertEquals(List.of(0), computed, "the last key is kept, the first long forgotten");
    }
}
