package org.aicnet.conformance.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reading R-levels: a parameter a caller may leave out (否) is still an obligation of the platform, so every
 * statement of a request table is mandatory; optional is only what the standard or a reading leaves to the platform,
 * and such a requirement names R-levels and the reading that leaves it open.
 */
class LedgerLevelsTest {

    private final Ledger ledger = Ledger.load();

    @Test
    void everyParameterACallerMayLeaveOutIsMandatory() {
        List<String> optional = ledger.all().stream().filter(requirement -> !requirement.isMandatory())
                .filter(requirement -> requirement.text().en().contains("may be left out by the caller")
                        || requirement.id().matches("A\\.\\d+-(page|pageSize|sort|order)(-.*)?"))
                .map(Requirement::id).toList();
        assertEquals(List.of(), optional, "statements of parameters a caller may leave out, tagged optional");
    }

    @Test
    void onlyWhatAReadingLeavesToThePlatformIsOptional() {
        List<String> optional = ledger.all().stream().filter(requirement -> !requirement.isMandatory())
                .map(Requirement::id).toList();
        assertEquals(List.of("A.44-image-other", "A.44-status"), optional.stream().sorted().toList());
        List<String> withoutReading = ledger.all().stream().filter(requirement -> !requirement.isMandatory())
                .filter(requirement -> !requirement.readings().contains("R-levels")
                        || requirement.readings().size() < 2)
                .map(Requirement::id).toList();
        assertEquals(List.of(), withoutReading, "optional requirements that name neither R-levels nor the reading "
                + "that leaves them to the platform");
    }
}
