package org.aicnet.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;

/** The one Jackson mapper of the server: record components become the standard's field names. */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Reading R-media-type: every JSON body is sent as UTF-8. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    /** Answers {@code body} (a response record) as JSON with the media type of reading R-media-type. */
    public static void send(Context ctx, Object body) {
        ctx.json(body).contentType(CONTENT_TYPE);
    }

    /** {@code body} as {@link #send} writes it (UTF-8), to be kept and sent again with {@link #sendWritten}. */
    public static byte[] write(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response record could not be written as JSON", e);
        }
    }

    /** Answers JSON written by {@link #write}, with the media type {@link #send} gives it. */
    public static void sendWritten(Context ctx, byte[] json) {
        ctx.contentType(CONTENT_TYPE).result(json);
    }
}
