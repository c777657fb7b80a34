package org.aicnet.conformance.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutcomeCollectorTest {

    @Test
    void findsTheRequirementIdsOfEveryTagLineAndNoOtherLine() {
        String feature = """
                @req:6.2-rest
                Feature: Protocol
                  # @req:6.2-json is only mentioned in a comment
                  @req:A.6-page @mandatory @req:A.6-page-default # @req:A.6-sort after a comment mark
                  Scenario: paging @req:A.6-pageSize in a name
                    Then nothing
                """;
        assertEquals(List.of("6.2-rest", "A.6-page", "A.6-page-default"), OutcomeCollector.requirementIds(feature));
    }
}
