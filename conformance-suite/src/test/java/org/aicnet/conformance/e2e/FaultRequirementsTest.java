package org.aicnet.conformance.e2e;

import org.aicnet.conformance.ledger.Check;
import org.aicnet.conformance.ledger.Ledger;
import org.aicnet.server.faults.Fault;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every fault of the reference server names at least one requirement it breaks, and each is a requirement of the
 * ledger (features/requirements.yaml) that a client can check: the self-test selects the suite's checks by these ids,
 * and a requirement no client can check would select nothing.
 */
class FaultRequirementsTest {

    private final Ledger ledger = Ledger.load();

    @Test
    void everyFaultBreaksRequirementsOfTheLedger() {
        List<String> problems = Arrays.stream(Fault.values())
                .flatMap(fault -> fault.requirements().isEmpty()
                        ? Stream.of(fault.id() + " names no requirement")
                        : fault.requirements().stream()
                        .filter(id -> ledger.find(id).map(requirement -> requirement.check() == Check.NOT_BLACK_BOX_TESTABLE)
                                .orElse(true))
                        .map(id -> fault.id() + ": " + id + (ledger.find(id).isEmpty() ? " is not in the ledger"
                                : " is not black-box testable")))
                .collect(Collectors.toList());
        assertEquals(List.of(), problems);
    }
}
