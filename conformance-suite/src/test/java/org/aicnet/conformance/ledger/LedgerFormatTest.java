package org.aicnet.conformance.ledger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The format of features/requirements.yaml: the packaged ledger loads (the loader rejects duplicate or malformed ids,
 * missing or unknown keys, levels and checks outside their sets, setup/why in the wrong place), its sources and
 * clauses are those of the standard, and every reading it names exists in docs/interpretations.md.
 */
class LedgerFormatTest {

    private static Ledger ledger;

    @BeforeAll
    static void load() {
        ledger = Ledger.load(); // throws LedgerFormatException listing every format problem
    }

    @Test
    void isTheLedgerOfTheStandard() {
        assertEquals("T/AI 123.8", ledger.standard());
        assertTrue(ledger.all().size() > 200, "the ledger looks truncated: " + ledger.all().size() + " requirements");
    }

    @Test
    void everySourceIsATableOrAClauseOfTheStandard() {
        List<String> known = new ArrayList<>(StandardOutline.TABLES);
        known.addAll(StandardOutline.CLAUSES);
        known.add("B.1");
        assertNone(ledger.all().stream().filter(r -> !known.contains(r.source()))
                .map(r -> r.id() + ": source " + r.source() + " is no table A.1-A.60, clause of 6/7 or B.1"));
    }

    @Test
    void everyClauseIsTheOneItsSourceBelongsTo() {
        assertNone(ledger.all().stream().filter(r -> !clauseFits(r))
                .map(r -> r.id() + ": clause " + r.clause() + " does not fit source " + r.source()));
    }

    private static boolean clauseFits(Requirement r) {
        if (r.source().startsWith("A.")) {
            return r.clause().equals(StandardOutline.clauseOf(r.source()));
        }
        if (r.source().equals("B.1")) {
            return StandardOutline.REPORT_CLAUSES.contains(r.clause());
        }
        return r.clause().equals(r.source());
    }

    @Test
    void everyReadingNamedExistsInTheInterpretations() {
        Readings readings = Readings.load();
        assertNone(ledger.all().stream().flatMap(r -> r.readings().stream()
                .filter(id -> !readings.contains(id))
                .map(id -> r.id() + ": reading " + id + " is not in " + Readings.RESOURCE)));
    }

    @Test
    void vendorSetupAndReasonsAreSpelledOut() {
        assertNone(ledger.all().stream()
                .filter(r -> r.check() == Check.NEEDS_VENDOR_SETUP && r.setup().length() < 15
                        || r.check() == Check.NOT_BLACK_BOX_TESTABLE && r.why().length() < 15)
                .map(r -> r.id() + ": setup or why too short to act on"));
    }

    // ---------------------------------------------------------------- the loader refuses a broken ledger

    private static final String GOOD = """
            standard: T/AI 123.8
            requirements:
              - id: A.31-jobName-pattern
                source: "A.31"
                clause: "7.4.1"
                field: jobName
                text:
                  zh: "作业名称 jobName 是 String 训练作业名称。"
                  en: "jobName holds only letters, digits, underscore and hyphen."
                level: mandatory
                check: black-box
                readings: [R-jobname-rules]
              - id: B.1-0103
                source: "B.1"
                clause: "7.2.1"
                text:
                  zh: "401 0103 账号已冻结"
                  en: "401/0103: the account is frozen."
                level: mandatory
                check: needs-vendor-setup
                setup: "a frozen test account"
              - id: B.1-0100
                source: "B.1"
                clause: "B.1"
                text:
                  zh: "500 0100 调度器服务异常"
                  en: "500/0100: the scheduler failed."
                level: mandatory
                check: not-black-box-testable
                why: "a client cannot make the scheduler fail"
            """;

    @Test
    void theSampleLedgerIsGood() {
        Ledger sample = Ledger.parse(GOOD);
        assertEquals(3, sample.all().size());
        assertEquals(List.of("R-jobname-rules"), sample.byId("A.31-jobName-pattern").readings());
    }

    static Stream<Arguments> brokenLedgers() {
        return Stream.of(
                Arguments.of("duplicate id", GOOD.replace("id: B.1-0100", "id: B.1-0103"), "duplicate id"),
                Arguments.of("malformed id", GOOD.replace("id: A.31-jobName-pattern", "id: A.31 jobName"),
                        "id is not"),
                Arguments.of("id without its source", GOOD.replace("id: A.31-jobName-pattern", "id: A.32-jobName"),
                        "does not start with its source"),
                Arguments.of("missing key", GOOD.replace("    clause: \"7.4.1\"\n", ""), "missing key 'clause'"),
                Arguments.of("missing English text", GOOD.replace(
                        "      en: \"401/0103: the account is frozen.\"\n", ""), "needs both zh and en"),
                Arguments.of("unknown key", GOOD.replace("readings: [", "reading: ["), "unknown key 'reading'"),
                Arguments.of("level outside its set", GOOD.replace("level: mandatory\n    check: black-box",
                        "level: recommended\n    check: black-box"), "level 'recommended'"),
                Arguments.of("check outside its set", GOOD.replace("check: black-box", "check: manual"),
                        "check 'manual'"),
                Arguments.of("needs-vendor-setup without setup",
                        GOOD.replace("    setup: \"a frozen test account\"\n", ""), "'setup' is required"),
                Arguments.of("not-black-box-testable without why",
                        GOOD.replace("    why: \"a client cannot make the scheduler fail\"\n", ""),
                        "'why' is required"),
                Arguments.of("setup on a black-box requirement", GOOD.replace("readings: [R-jobname-rules]",
                        "setup: \"nothing\""), "'setup' is required with check needs-vendor-setup and only there"),
                Arguments.of("unquoted numeric clause", GOOD.replace("clause: \"B.1\"", "clause: 6.2"),
                        "must be a string"),
                Arguments.of("reading that is no reading id", GOOD.replace("[R-jobname-rules]", "[jobname]"),
                        "is not a reading id"),
                Arguments.of("duplicate key in an entry", GOOD.replace("    field: jobName\n",
                        "    field: jobName\n    field: jobDesc\n"), "Duplicate field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLedgers")
    void theLoaderRefuses(String what, String yaml, String expected) {
        LedgerFormatException e = assertThrows(LedgerFormatException.class, () -> Ledger.parse(yaml));
        assertTrue(e.getMessage().contains(expected), what + ": expected '" + expected + "' in\n" + e.getMessage());
    }

    static void assertNone(Stream<String> problems) {
        List<String> list = problems.toList();
        assertTrue(list.isEmpty(), list.size() + " problem(s):\n  " + String.join("\n  ", list));
    }
}
