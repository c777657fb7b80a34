package org.aicnet.conformance.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/interpretations.md: every reading line parses and carries its reason, ids are unique and well formed, and the
 * readings the project cannot do without are there.
 */
class ReadingsTest {

    @Test
    void thePackagedInterpretationsLoad() {
        Readings readings = Readings.load(); // throws LedgerFormatException listing every malformed line
        assertTrue(readings.all().size() >= 40, "interpretations look truncated: " + readings.all().size());
        readings.all().forEach(reading -> {
            assertTrue(reading.text().length() > 10, reading.id() + ": reading too short");
            assertTrue(reading.why().length() > 10, reading.id() + ": reason too short");
        });
    }

    @Test
    void theGeneralRulesAreThere() {
        Readings readings = Readings.load();
        for (String id : List.of("R-contradictions", "R-annex-normative", "R-levels", "R-response-fields")) {
            assertTrue(readings.contains(id), id + " is missing");
        }
        assertTrue(readings.byId("R-contradictions").text().contains("follows the table literally"));
        assertTrue(readings.byId("R-contradictions").text().contains("records"));
    }

    @Test
    void aReadingLineParses() {
        Readings readings = Readings.parse("""
                # Title
                Some prose with **bold** text.
                - **R-paging** — page ≥ 1 (default 1). *Why:* the tables give defaults but no bounds.
                """);
        assertEquals(1, readings.all().size());
        assertEquals("page ≥ 1 (default 1).", readings.byId("R-paging").text());
        assertEquals("the tables give defaults but no bounds.", readings.byId("R-paging").why());
    }

    @Test
    void aReadingWithoutReasonIsRefused() {
        assertRefused("- **R-paging** — page ≥ 1 (default 1).", "needs its reason");
    }

    @Test
    void aDuplicateReadingIsRefused() {
        assertRefused("""
                - **R-paging** — page ≥ 1. *Why:* bounds.
                - **R-paging** — pageSize ≤ 1000. *Why:* bounds.
                """, "duplicate reading id R-paging");
    }

    @Test
    void aMalformedReadingIdIsRefused() {
        assertRefused("- **Paging** — page ≥ 1. *Why:* bounds.", "is not a reading id");
    }

    private static void assertRefused(String markdown, String expected) {
        LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Readings.parse(markdown));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in\n" + e.getMessage());
    }
}
