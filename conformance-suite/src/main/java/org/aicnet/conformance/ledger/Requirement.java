package org.aicnet.conformance.ledger;

import java.util.List;
import java.util.Optional;

/**
 * One normative statement of T/AI 123.8, as an entry of features/requirements.yaml.
 *
 * @param id       stable id, {@code <source>-<field or topic>[-<aspect>]}, e.g. {@code A.31-jobName-pattern}
 * @param source   the table or clause the text comes from: {@code A.31}, {@code B.1}, {@code 6.3.1}, {@code 7.4.5}
 * @param clause   the clause of 6 or 7 the requirement belongs to (reports group by it), or {@code B.1}
 * @param field    the field or parameter it is about, or null when it is about no single one
 * @param text     the statement, in Chinese as the standard has it and in English
 * @param level    mandatory or optional
 * @param check    how the suite can check it
 * @param setup    what the vendor must provide; only for {@link Check#NEEDS_VENDOR_SETUP}, else null
 * @param why      why a client cannot check it; only for {@link Check#NOT_BLACK_BOX_TESTABLE}, else null
 * @param readings ids of the readings of docs/interpretations.md it relies on
 */
public record Requirement(String id, String source, String clause, String field, Text text, Level level,
                          Check check, String setup, String why, List<String> readings) {

    /** The statement in the standard's words and in English. */
    public record Text(String zh, String en) {
    }

    public Requirement {
        readings = List.copyOf(readings);
    }

    public Optional<String> fieldName() {
        return Optional.ofNullable(field);
    }

    public boolean isBlackBox() {
        return check == Check.BLACK_BOX;
    }

    public boolean isMandatory() {
        return level == Level.MANDATORY;
    }
}
