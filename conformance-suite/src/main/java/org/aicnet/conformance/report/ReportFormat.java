package org.aicnet.conformance.report;

/** One file of the report directory, rendered from the report model alone: a format counts nothing itself. */
public interface ReportFormat {

    /** The file's name in the report directory, e.g. {@code compliance.json}. */
    String fileName();

    /** The file's content. */
    String render(ComplianceReport report);
}
