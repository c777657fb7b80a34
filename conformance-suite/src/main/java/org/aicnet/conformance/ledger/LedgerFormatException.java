package org.aicnet.conformance.ledger;

import java.util.List;

/** requirements.yaml or interpretations.md breaks its format; the message lists every problem found. */
public class LedgerFormatException extends RuntimeException {

    private final List<String> problems;

    public LedgerFormatException(String document, List<String> problems) {
        super(document + " is malformed:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
