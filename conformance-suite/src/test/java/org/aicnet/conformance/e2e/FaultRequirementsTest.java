package org.aicnet.conformance.e2e;

import org.aicnet.conformance.ledger.Check;
import org.aicnet.conformance.ledger.Ledger;
import org.aicnet.conformance.ledger.Requirement;
import org.aicnet.server.deviations.Fault;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        List<String> problems = new ArrayList<>();
        for (Fault fault : Fault.values()) {
            if (fault.requirements().isEmpty()) {
                problems.add(fault.id() + " names no requirement");
            }
            for (String id : fault.requirements()) {
                Optional<Requirement> requirement = ledger.find(id);
                if (requirement.isEmpty()) {
                    problems.add(fault.id() + ": " + id + " is not in the ledger");
                } else if (requirement.get().check() == Check.NOT_BLACK_BOX_TESTABLE) {
                    problems.add(fault.id() + ": " + id + " is not black-box testable");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
