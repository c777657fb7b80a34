package org.aicnet.server.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.schemas.OpenApiBundle;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.Json;

/**
 * schemas/openapi.yaml as the server serves it: bundled with its schema files into one document
 * ({@link OpenApiBundle}), with this server's base URL as its only entry of {@code servers}. Built on the first
 * request, when the base URL is known, and kept.
 */
final class ServedDocument {

    record Texts(String yaml, String json) {
    }

    private final BaseUrl baseUrl;
    private volatile Texts texts;

    ServedDocument(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    Texts texts() {
        Texts built = texts;
        if (built == null) {
            synchronized (this) {
                if (texts == null) {
                    texts = build();
                }
                built = texts;
            }
        }
        return built;
    }

    private Texts build() {
        ObjectNode served = OpenApiBundle.servedAt(OpenApiBundle.fromClasspath(), baseUrl.get(),
                "this reference server");
        try {
            return new Texts(OpenApiBundle.YAML.writeValueAsString(served),
                    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(served));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }
}
