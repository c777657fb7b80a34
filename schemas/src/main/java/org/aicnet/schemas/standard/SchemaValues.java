package org.aicnet.schemas.standard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Values the schema files of the class path hold (an enum, a default, a bound), for the vocabulary read from them. */
final class SchemaValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaValues() {
    }

    /** The node at the JSON pointer of the schema file; fails where the file has none. */
    static JsonNode at(String file, String pointer) {
        JsonNode node = read(file).at(pointer);
        if (node.isMissingNode()) {
            throw new IllegalStateException("no " + pointer + " in schemas/" + file);
        }
        return node;
    }

    /** The strings of the enum at the pointer, its default first, the others in the order the schema lists them. */
    static List<String> enumDefaultFirst(String file, String pointer) {
        String first = at(file, pointer + "/default").asText();
        List<String> values = new ArrayList<>();
        values.add(first);
        at(file, pointer + "/enum").forEach(value -> {
            if (!value.asText().equals(first)) {
                values.add(value.asText());
            }
        });
        if (values.size() == at(file, pointer + "/enum").size() + 1) {
            throw new IllegalStateException("the default of " + pointer + " in schemas/" + file
                    + " is not in its enum");
        }
        return List.copyOf(values);
    }

    private static JsonNode read(String file) {
        try (InputStream in = SchemaValues.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no schemas/" + file + " on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schemas/" + file, e);
        }
    }
}
