package org.aicnet.conformance.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readings of docs/interpretations.md, loaded from {@value #RESOURCE} on the classpath. A reading is one line
 * {@code - **R-id** — the reading. *Why:* the reason.}; every other line of the document is prose.
 */
public final class Readings {

    public static final String RESOURCE = "docs/interpretations.md";

    /** A reading id: R- and lower-case words, e.g. R-paging, R-code-0101. */
    static final Pattern ID = Pattern.compile("R-[a-z0-9]+(?:-[a-z0-9]+)*");

    private static final String START = "- **";
    private static final Pattern LINE = Pattern.compile(
            "- \\*\\*(?<id>[^*]+)\\*\\* — (?<text>.+?)\\s+\\*Why:\\*\\s+(?<why>.+)");

    private final Map<String, Reading> byId;

    private Readings(Map<String, Reading> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The readings packaged with the suite. */
    public static Readings load() {
        return parse(Ledger.Classpath.read(RESOURCE));
    }

    /** The readings of a Markdown text; throws {@link LedgerFormatException} listing every malformed reading line. */
    public static Readings parse(String markdown) {
        Map<String, Reading> readings = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = markdown.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith(START)) {
                continue;
            }
            String where = "line " + (i + 1);
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                problems.add(where + ": not '- **R-id** — reading. *Why:* reason.' (a reading needs its reason)");
                continue;
            }
            String id = matcher.group("id");
            if (!ID.matcher(id).matches()) {
                problems.add(where + ": '" + id + "' is not a reading id (R- and lower-case words)");
            } else if (readings.containsKey(id)) {
                problems.add(where + ": duplicate reading id " + id);
            } else {
                readings.put(id, new Reading(id, matcher.group("text").strip(), matcher.group("why").strip()));
            }
        }
        if (readings.isEmpty()) {
            problems.add("no reading line at all");
        }
        if (!problems.isEmpty()) {
            throw new LedgerFormatException(RESOURCE, problems);
        }
        return new Readings(readings);
    }

    public List<Reading> all() {
        return List.copyOf(byId.values());
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Optional<Reading> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The reading with that id; throws {@link NoSuchElementException} when there is none. */
    public Reading byId(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no reading " + id + " in " + RESOURCE));
    }
}
