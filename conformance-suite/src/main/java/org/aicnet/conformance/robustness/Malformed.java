package org.aicnet.conformance.robustness;

import org.aicnet.conformance.platform.ApiRequest;

import java.util.List;
import java.util.Set;

/**
 * One malformed request: what is wrong with it, how it is sent (the path and query exactly as written, so that a
 * broken percent-escape reaches the platform as it is) and the codes of table B.1 the readings allow for it.
 *
 * @param target path and query relative to the base URL, already encoded (or deliberately mis-encoded)
 * @param body   a JSON body, or null; {@code parts} a multipart form instead, or empty
 */
public record Malformed(String what, String method, String target, String body, List<ApiRequest.Part> parts,
                        Set<String> codes) {

    @Override
    public String toString() {
        return method + " " + target + " (" + what + ")";
    }
}
