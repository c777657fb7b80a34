package org.aicnet.schemas;

import java.util.List;
import java.util.Optional;

/** One interface of annex A: its HTTP method, its URI and the basic-information table that names them. */
record AnnexAEndpoint(String method, String path, String basicTable) {

    static final List<AnnexAEndpoint> ALL = List.of(
            new AnnexAEndpoint("POST", "/auth/tokens", "A.1"),
            new AnnexAEndpoint("GET", "/centers", "A.5"),
            new AnnexAEndpoint("GET", "/resource/specs", "A.9"),
            new AnnexAEndpoint("GET", "/resource/idle", "A.13"),
            new AnnexAEndpoint("GET", "/resource/images", "A.19"),
            new AnnexAEndpoint("GET", "/datasets", "A.23"),
            new AnnexAEndpoint("POST", "/datasets/upload", "A.27"),
            new AnnexAEndpoint("POST", "/trainjob", "A.30"),
            new AnnexAEndpoint("GET", "/trainjob", "A.35"),
            new AnnexAEndpoint("GET", "/trainjob/{id}", "A.40"),
            new AnnexAEndpoint("GET", "/trainjob/{id}/tasks/{taskId}/logs/url", "A.46"),
            new AnnexAEndpoint("POST", "/trainjob/{id}/stop", "A.49"),
            new AnnexAEndpoint("DELETE", "/trainjob/{id}", "A.52"),
            new AnnexAEndpoint("GET", "/trainjob/{id}/download", "A.54"),
            new AnnexAEndpoint("POST", "/onlineJob", "A.56"));

    /** The endpoint whose basic-information table this is, if any. */
    static Optional<AnnexAEndpoint> ofBasicTable(String table) {
        return ALL.stream().filter(endpoint -> endpoint.basicTable.equals(table)).findFirst();
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
