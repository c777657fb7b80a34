package org.aicnet.conformance.ledger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.aicnet.conformance.ledger.LedgerFormatTest.assertNone;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ledger covers the standard, checked against the hand-written {@link StandardOutline} alone: every table of
 * annex A, every clause of 6 and 7 with requirements, every row of table B.1, every endpoint, and every field of every
 * request and response table is some requirement's source or field.
 */
class LedgerCoverageTest {

    private static Ledger ledger;

    @BeforeAll
    static void load() {
        ledger = Ledger.load();
    }

    @Test
    void everyTableOfAnnexAIsASource() {
        assertNone(StandardOutline.TABLES.stream().filter(table -> ledger.bySource(table).isEmpty())
                .map(table -> "table " + table + " is no requirement's source"));
    }

    @Test
    void everyClauseIsASource() {
        assertNone(StandardOutline.CLAUSES.stream().filter(clause -> ledger.bySource(clause).isEmpty())
                .map(clause -> "clause " + clause + " is no requirement's source"));
    }

    @Test
    void everyRowOfTableB1IsARequirement() {
        assertNone(StandardOutline.B1_ROWS.entrySet().stream().map(row -> {
            var requirement = ledger.find(row.getKey());
            if (requirement.isEmpty()) {
                return row.getKey() + " (" + row.getValue() + ") is missing";
            }
            Requirement r = requirement.get();
            if (!r.source().equals("B.1") || !r.text().zh().startsWith(row.getValue() + " ")) {
                return row.getKey() + ": source B.1 and a text starting '" + row.getValue() + "' expected";
            }
            String status = row.getValue().substring(0, 3);
            return r.text().en().contains(status) ? null : row.getKey() + ": English text names no HTTP " + status;
        }).filter(problem -> problem != null));
    }

    @Test
    void codesNoClientCanProvokeAreMarkedSo() {
        assertEquals(Check.NOT_BLACK_BOX_TESTABLE, ledger.byId("B.1-0100").check());
        assertEquals(Check.NOT_BLACK_BOX_TESTABLE, ledger.byId("B.1-0101-adapter").check());
        assertEquals(Check.NEEDS_VENDOR_SETUP, ledger.byId("B.1-0103").check());
        assertEquals(Check.NEEDS_VENDOR_SETUP, ledger.byId("B.1-0102").check());
        assertEquals(Check.BLACK_BOX, ledger.byId("B.1-0101-auth").check());
    }

    @Test
    void everyEndpointIsARequirement() {
        assertNone(StandardOutline.ENDPOINTS.entrySet().stream().map(endpoint -> {
            String id = endpoint.getKey() + "-endpoint";
            String[] methodAndPath = endpoint.getValue().split(" ");
            var requirement = ledger.find(id);
            if (requirement.isEmpty()) {
                return id + " (" + endpoint.getValue() + ") is missing";
            }
            String zh = requirement.get().text().zh();
            boolean matches = zh.contains("URI " + methodAndPath[1] + "；") && zh.contains("HTTP方法 " + methodAndPath[0]);
            return matches ? null : id + ": text does not give " + endpoint.getValue();
        }).filter(problem -> problem != null));
    }

    @Test
    void everyFieldOfEveryTableIsARequirementField() {
        List<String> missing = new ArrayList<>();
        Stream.of(StandardOutline.TABLE_FIELDS, StandardOutline.DATA_TYPE_FIELDS, StandardOutline.READING_FIELDS)
                .flatMap(map -> map.entrySet().stream())
                .forEach(table -> table.getValue().stream()
                        .filter(field -> !hasField(table.getKey(), field))
                        .forEach(field -> missing.add(table.getKey() + " field " + field + " has no requirement")));
        assertNone(missing.stream());
    }

    @Test
    void everyRequirementFieldIsAFieldOfItsTable() {
        assertNone(ledger.all().stream().filter(r -> r.field() != null).filter(r -> !knownField(r))
                .map(r -> r.id() + ": field " + r.field() + " is not a field of " + r.source()));
    }

    private static boolean hasField(String source, String field) {
        return ledger.bySource(source).stream().anyMatch(r -> field.equals(r.field()));
    }

    private static boolean knownField(Requirement r) {
        return Stream.of(StandardOutline.TABLE_FIELDS, StandardOutline.DATA_TYPE_FIELDS,
                        StandardOutline.READING_FIELDS)
                .map(map -> map.getOrDefault(r.source(), List.of()))
                .anyMatch(fields -> fields.contains(r.field()));
    }

    @Test
    void theOutlineAccountsForEveryTable() {
        // every table is either a basic-information table or a table with fields
        Set<String> accounted = new java.util.HashSet<>(StandardOutline.ENDPOINTS.keySet());
        accounted.addAll(StandardOutline.TABLE_FIELDS.keySet());
        assertNone(StandardOutline.TABLES.stream().filter(table -> !accounted.contains(table))
                .map(table -> table + " is in neither StandardOutline.ENDPOINTS nor TABLE_FIELDS"));
        assertEquals(60, accounted.size());
        assertEquals(20, StandardOutline.B1_ROWS.size());
    }
}
