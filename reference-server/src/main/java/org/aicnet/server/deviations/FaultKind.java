package org.aicnet.server.deviations;

/** What kind of deviation a {@link Fault} is, for the catalog's table. */
public enum FaultKind {
    MISSING_FIELD("a required field missing"),
    WRONG_TYPE("a field of the wrong type"),
    ENUM_CASING("a value of a fixed set in the wrong case"),
    TIME_FORMAT("a time in the wrong format"),
    MEDIA_TYPE("the wrong media type"),
    HTTP_STATUS("the wrong HTTP status or headers"),
    BUSINESS_CODE("the wrong business code of table B.1"),
    ERROR_BODY("the wrong error body"),
    FILTER("a filter ignored or wrong"),
    SORT_ORDER("a sort or order ignored"),
    PAGING("wrong paging or totalSize"),
    AGGREGATION("wrong aggregation"),
    VALIDATION("a check of the request missing"),
    ACCESS("a token check missing or misplaced"),
    ISOLATION("another user's data visible"),
    UNIQUENESS("a name rule broken"),
    STATE_RULE("a job or account state rule broken"),
    LINK("a broken log link");

    private final String meaning;

    FaultKind(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
