package org.aicnet.conformance.ledger;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the text of requirements.yaml into requirements, collecting every format problem before it gives up. */
final class LedgerYaml {

    static final Set<String> KEYS = Set.of("id", "source", "clause", "field", "text", "level", "check", "setup", "why",
            "readings");
    static final Set<String> REQUIRED_KEYS = Set.of("id", "source", "clause", "text", "level", "check");

    /** {@code <source>-<field or topic>[-<aspect>]}; the source is a table (A.n, B.1) or a clause (6.3.1, 7.4.5). */
    static final Pattern ID = Pattern.compile("(?:[AB]\\.\\d+|\\d+(?:\\.\\d+)+)(?:-[A-Za-z0-9]+)+");
    static final Pattern SOURCE = Pattern.compile("[AB]\\.\\d+|\\d+(?:\\.\\d+)+");
    static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<String> problems = new ArrayList<>();

    private LedgerYaml() {
    }

    /** The ledger in the YAML text; throws {@link LedgerFormatException} listing every problem. */
    static Ledger parse(String yaml) {
        return new LedgerYaml().read(yaml);
    }

    private Ledger read(String yaml) {
        JsonNode root;
        try {
            root = MAPPER.readTree(yaml);
        } catch (JacksonException e) {
            throw new LedgerFormatException(Ledger.RESOURCE, List.of("not valid YAML: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new LedgerFormatException(Ledger.RESOURCE, List.of("the document is not a mapping"));
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!key.equals("standard") && !key.equals("requirements")) {
                problems.add("unknown top-level key '" + key + "'");
            }
        });
        String standard = root.path("standard").isTextual() ? root.get("standard").asText() : null;
        if (standard == null || standard.isBlank()) {
            problems.add("'standard' is missing or not a string");
        }
        JsonNode entries = root.path("requirements");
        if (!entries.isArray() || entries.isEmpty()) {
            problems.add("'requirements' is missing, empty or not a list");
        }
        List<Requirement> requirements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode entry : entries) {
            Requirement requirement = requirement(entry, index++);
            if (requirement != null) {
                if (!ids.add(requirement.id())) {
                    problems.add(requirement.id() + ": duplicate id");
                }
                requirements.add(requirement);
            }
        }
        if (!problems.isEmpty()) {
            throw new LedgerFormatException(Ledger.RESOURCE, problems);
        }
        return new Ledger(standard, requirements);
    }

    private Requirement requirement(JsonNode entry, int index) {
        String where = entry.path("id").isTextual() ? entry.get("id").asText() : "requirement #" + (index + 1);
        if (!entry.isObject()) {
            problems.add(where + ": not a mapping");
            return null;
        }
        int before = problems.size();
        for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                problems.add(where + ": unknown key '" + key + "'");
            }
        }
        for (String key : REQUIRED_KEYS) {
            if (!entry.has(key)) {
                problems.add(where + ": missing key '" + key + "'");
            }
        }
        String id = string(entry, "id", where, true);
        String source = string(entry, "source", where, true);
        String clause = string(entry, "clause", where, true);
        String field = string(entry, "field", where, false);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(where + ": id is not <source>-<field or topic>[-<aspect>]");
        }
        if (source != null && !SOURCE.matcher(source).matches()) {
            problems.add(where + ": source '" + source + "' is no table (A.n, B.1) or clause (6.3.1)");
        }
        if (id != null && source != null && !id.startsWith(source + "-")) {
            problems.add(where + ": id does not start with its source '" + source + "-'");
        }
        if (field != null && !FIELD.matcher(field).matches()) {
            problems.add(where + ": field '" + field + "' is not an identifier");
        }
        Requirement.Text text = text(entry.path("text"), where);
        Level level = enumValue(entry, "level", where, Level::of, "mandatory, optional");
        Check check = enumValue(entry, "check", where, Check::of,
                "black-box, needs-vendor-setup, not-black-box-testable");
        String setup = string(entry, "setup", where, false);
        String why = string(entry, "why", where, false);
        if ((check == Check.NEEDS_VENDOR_SETUP) != (setup != null)) {
            problems.add(where + ": 'setup' is required with check needs-vendor-setup and only there");
        }
        if ((check == Check.NOT_BLACK_BOX_TESTABLE) != (why != null)) {
            problems.add(where + ": 'why' is required with check not-black-box-testable and only there");
        }
        List<String> readings = readings(entry.path("readings"), where);
        if (problems.size() > before) {
            return null;
        }
        return new Requirement(id, source, clause, field, text, level, check, setup, why, readings);
    }

    private String string(JsonNode entry, String key, String where, boolean required) {
        JsonNode value = entry.get(key);
        if (value == null || value.isNull()) {
            return null; // a missing required key is reported once, by the caller
        }
        if (!value.isTextual()) {
            problems.add(where + ": '" + key + "' must be a string (quote it: \"" + value.asText() + "\")");
            return null;
        }
        if (value.asText().isBlank()) {
            problems.add(where + ": '" + key + "' is blank");
            return null;
        }
        return value.asText();
    }

    private Requirement.Text text(JsonNode text, String where) {
        if (text.isMissingNode()) {
            return null;
        }
        if (!text.isObject()) {
            problems.add(where + ": 'text' must be a mapping with zh and en");
            return null;
        }
        text.fieldNames().forEachRemaining(key -> {
            if (!key.equals("zh") && !key.equals("en")) {
                problems.add(where + ": unknown key 'text." + key + "'");
            }
        });
        String zh = string(text, "zh", where + " text", true);
        String en = string(text, "en", where + " text", true);
        if (zh == null || en == null) {
            problems.add(where + ": 'text' needs both zh and en");
            return null;
        }
        return new Requirement.Text(zh, en);
    }

    private <E> E enumValue(JsonNode entry, String key, String where,
                            java.util.function.Function<String, java.util.Optional<E>> parse, String allowed) {
        String value = string(entry, key, where, true);
        if (value == null) {
            return null;
        }
        E parsed = parse.apply(value).orElse(null);
        if (parsed == null) {
            problems.add(where + ": " + key + " '" + value + "' is not one of " + allowed);
        }
        return parsed;
    }

    private List<String> readings(JsonNode readings, String where) {
        if (readings.isMissingNode() || readings.isNull()) {
            return List.of();
        }
        if (!readings.isArray()) {
            problems.add(where + ": 'readings' must be a list of reading ids");
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode reading : readings) {
            if (!reading.isTextual() || !Readings.ID.matcher(reading.asText()).matches()) {
                problems.add(where + ": reading '" + reading.asText() + "' is not a reading id (R-...)");
            } else if (ids.contains(reading.asText())) {
                problems.add(where + ": reading " + reading.asText() + " listed twice");
            } else {
                ids.add(reading.asText());
            }
        }
        return ids;
    }
}
