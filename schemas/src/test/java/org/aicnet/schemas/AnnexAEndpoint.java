package org.aicnet.schemas;

import java.util.List;
import java.util.Optional;

/**
 * One interface of annex A: its HTTP method, its URI, the basic-information table that names them (the first table of
 * its part of annex A) and the clause of chapter 7 that points to that part.
 */
record AnnexAEndpoint(String method, String path, String basicTable, String clause) {

    static final List<AnnexAEndpoint> ALL = List.of(
            new AnnexAEndpoint("POST", "/auth/tokens", "A.1", "7.2.1"),
            new AnnexAEndpoint("GET", "/centers", "A.5", "7.3.1"),
            new AnnexAEndpoint("GET", "/resource/specs", "A.9", "7.3.2"),
            new AnnexAEndpoint("GET", "/resource/idle", "A.13", "7.3.3"),
            new AnnexAEndpoint("GET", "/resource/images", "A.19", "7.3.4"),
            new AnnexAEndpoint("GET", "/datasets", "A.23", "7.3.5"),
            new AnnexAEndpoint("POST", "/datasets/upload", "A.27", "7.3.6"),
            new AnnexAEndpoint("POST", "/trainjob", "A.30", "7.4.1"),
            new AnnexAEndpoint("GET", "/trainjob", "A.35", "7.4.2"),
            new AnnexAEndpoint("GET", "/trainjob/{id}", "A.40", "7.4.3"),
            new AnnexAEndpoint("GET", "/trainjob/{id}/tasks/{taskId}/logs/url", "A.46", "7.4.4"),
            new AnnexAEndpoint("POST", "/trainjob/{id}/stop", "A.49", "7.4.5"),
            new AnnexAEndpoint("DELETE", "/trainjob/{id}", "A.52", "7.4.6"),
            new AnnexAEndpoint("GET", "/trainjob/{id}/download", "A.54", "7.4.7"),
            new AnnexAEndpoint("POST", "/onlineJob", "A.56", "7.4.8"));

    /** The endpoint whose basic-information table this is, if any. */
    static Optional<AnnexAEndpoint> ofBasicTable(String table) {
        return ALL.stream().filter(endpoint -> endpoint.basicTable.equals(table)).findFirst();
    }

    /** The endpoint of the part of annex A that holds the table ("A.18" is of GET /resource/idle, A.13 to A.18). */
    static AnnexAEndpoint ofTable(String table) {
        int number = Integer.parseInt(table.substring("A.".length()));
        AnnexAEndpoint holder = null;
        for (AnnexAEndpoint endpoint : ALL) {
            if (Integer.parseInt(endpoint.basicTable.substring("A.".length())) <= number) {
                holder = endpoint;
            }
        }
        if (holder == null) {
            throw new IllegalArgumentException("no part of annex A holds " + table);
        }
        return holder;
    }

    /** "GET /centers" */
    String key() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return key();
    }
}
