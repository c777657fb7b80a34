package org.aicnet.conformance.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The requirement ledger: every normative statement of T/AI 123.8 that the kit knows, loaded from
 * {@value #RESOURCE} on the classpath, in the order of the file.
 */
public final class Ledger {

    public static final String RESOURCE = "features/requirements.yaml";

    private final String standard;
    private final List<Requirement> requirements;
    private final Map<String, Requirement> byId = new LinkedHashMap<>();

    Ledger(String standard, List<Requirement> requirements) {
        this.standard = standard;
        this.requirements = List.copyOf(requirements);
        requirements.forEach(requirement -> byId.put(requirement.id(), requirement));
    }

    /** The ledger packaged with the suite. */
    public static Ledger load() {
        return parse(Classpath.read(RESOURCE));
    }

    /** A ledger from YAML text; throws {@link LedgerFormatException} listing every problem of format. */
    public static Ledger parse(String yaml) {
        return LedgerYaml.parse(yaml);
    }

    /** The standard the ledger is about, "T/AI 123.8". */
    public String standard() {
        return standard;
    }

    public List<Requirement> all() {
        return requirements;
    }

    public Optional<Requirement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The requirement with that id; throws {@link NoSuchElementException} when there is none. */
    public Requirement byId(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no requirement " + id + " in " + RESOURCE));
    }

    public Set<String> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    /** The requirements a report groups under one clause, e.g. "7.4.5" or "B.1". */
    public List<Requirement> byClause(String clause) {
        return where(requirement -> requirement.clause().equals(clause));
    }

    /** The requirements taken from one table or clause, e.g. "A.8" or "6.3.1". */
    public List<Requirement> bySource(String source) {
        return where(requirement -> requirement.source().equals(source));
    }

    public List<Requirement> byCheck(Check check) {
        return where(requirement -> requirement.check() == check);
    }

    /** The requirements the suite must check with nothing but the platform's URL and a test account. */
    public List<Requirement> blackBox() {
        return byCheck(Check.BLACK_BOX);
    }

    /** The clauses in the order they first appear. */
    public Set<String> clauses() {
        Set<String> clauses = new LinkedHashSet<>();
        requirements.forEach(requirement -> clauses.add(requirement.clause()));
        return Collections.unmodifiableSet(clauses);
    }

    /** The sources (tables and clauses) in the order they first appear. */
    public Set<String> sources() {
        Set<String> sources = new LinkedHashSet<>();
        requirements.forEach(requirement -> sources.add(requirement.source()));
        return Collections.unmodifiableSet(sources);
    }

    private List<Requirement> where(Predicate<Requirement> predicate) {
        return requirements.stream().filter(predicate).toList();
    }

    /** Reads a UTF-8 text resource of the suite. */
    static final class Classpath {
        private Classpath() {
        }

        static String read(String resource) {
            try (InputStream in = Ledger.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }
}
