package org.aicnet.server.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.aicnet.server.http.Json;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A JSON column of the jobs read back as a value (a job's spec, its candidate centers). Specs and center lists come
 * from the configuration, so few texts are distinct: each is parsed once and its value, immutable, shared.
 */
final class StoredJson<T> {

    private static final int MAX_KEPT = 1024;

    private final TypeReference<T> type;
    private final Map<String, T> parsed = new ConcurrentHashMap<>();

    /** {@code type}: of an immutable value (a record of immutable parts, an unmodifiable list). */
    StoredJson(TypeReference<T> type) {
        this.type = type;
    }

    /** The value of {@code json}; {@code immutable} makes a value just parsed immutable. */
    T read(String json, UnaryOperator<T> immutable) throws SQLException {
        T known = parsed.get(json);
        if (known != null) {
            return known;
        }
        T value;
        try {
            value = immutable.apply(Json.MAPPER.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable stored value " + json, e);
        }
        if (parsed.size() >= MAX_KEPT) {
            parsed.clear();
        }
        parsed.put(json, value);
        return value;
    }
}
