package org.aicnet.conformance.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lookups the suite and the reports use: by id, by clause, by source, by check, and the readings by id. */
class LedgerLookupTest {

    private final Ledger ledger = Ledger.load();

    @Test
    void byId() {
        Requirement pattern = ledger.byId("A.31-jobName-pattern");
        assertEquals("A.31", pattern.source());
        assertEquals("7.4.1", pattern.clause());
        assertEquals("jobName", pattern.field());
        assertEquals(Level.MANDATORY, pattern.level());
        assertTrue(pattern.isBlackBox());
        assertTrue(pattern.text().zh().contains("限制为1-64位只含数字、字母、下划线和中划线的名称"));
        assertTrue(ledger.find("A.99-nothing").isEmpty());
        assertThrows(NoSuchElementException.class, () -> ledger.byId("A.99-nothing"));
    }

    @Test
    void byClauseGathersTablesAndClauseText() {
        List<String> stop = ledger.byClause("7.4.5").stream().map(Requirement::id).toList();
        assertTrue(stop.containsAll(List.of("7.4.5-stop", "7.4.5-stop-only-active", "A.49-endpoint", "A.50-id",
                "A.51-id", "A.51-status", "A.51-stoppedTime")), stop.toString());
        assertTrue(ledger.clauses().containsAll(StandardOutline.REPORT_CLAUSES));
    }

    @Test
    void bySourceGivesOneTable() {
        List<String> fields = ledger.bySource("A.8").stream().map(Requirement::field).toList();
        assertEquals(StandardOutline.TABLE_FIELDS.get("A.8"), fields);
        assertTrue(ledger.sources().containsAll(StandardOutline.TABLES));
    }

    @Test
    void blackBoxIsEverythingTheSuiteMustCheckUnaided() {
        List<Requirement> blackBox = ledger.blackBox();
        assertFalse(blackBox.isEmpty());
        assertTrue(blackBox.stream().allMatch(Requirement::isBlackBox));
        assertEquals(ledger.all().size(), blackBox.size() + ledger.byCheck(Check.NEEDS_VENDOR_SETUP).size()
                + ledger.byCheck(Check.NOT_BLACK_BOX_TESTABLE).size());
        assertTrue(blackBox.stream().anyMatch(r -> r.id().equals("B.1-0101-auth")));
        assertTrue(blackBox.stream().noneMatch(r -> r.id().equals("B.1-0100")));
    }

    @Test
    void needsVendorSetupAndNotTestableCarryTheirExplanation() {
        Requirement frozen = ledger.byId("B.1-0103");
        assertEquals(Check.NEEDS_VENDOR_SETUP, frozen.check());
        assertTrue(frozen.setup().contains("frozen"));
        assertTrue(ledger.byId("B.1-0100").why().contains("scheduler"));
    }

    @Test
    void readingsByIdForTheRequirementsThatNameThem() {
        Readings readings = Readings.load();
        Requirement pageSize = ledger.byId("A.6-pageSize-range");
        assertTrue(pageSize.readings().contains("R-paging"));
        assertTrue(readings.byId("R-paging").text().contains("1–1000"));
        assertThrows(NoSuchElementException.class, () -> readings.byId("R-nothing"));
    }
}
