package org.aicnet.conformance.ledger;

/**
 * One line of docs/interpretations.md: how the project reads the standard where it is silent or contradicts itself.
 *
 * @param id   stable id, e.g. {@code R-paging}
 * @param text the reading
 * @param why  the reason for it
 */
public record Reading(String id, String text, String why) {
}
