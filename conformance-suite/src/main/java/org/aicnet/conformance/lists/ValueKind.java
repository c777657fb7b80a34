package org.aicnet.conformance.lists;

/** What kind of value a sort field holds, which decides the orders the suite accepts for it. */
public enum ValueKind {
    /** A string: code-point order or case-insensitive order (the suite records which). */
    TEXT,
    /** A number, compared by value. */
    NUMBER,
    /** A time written yyyy-MM-dd HH:mm:ss (reading R-time-format): its text order is its chronological order. */
    TIME,
    /** A job status of 6.3.4: the order of table 4 or code-point order (the suite records which). */
    JOB_STATUS
}
