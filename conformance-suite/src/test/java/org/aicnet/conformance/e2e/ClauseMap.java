package org.aicnet.conformance.e2e;

import org.aicnet.conformance.e2e.OpenApiOperations.Operation;
import org.aicnet.conformance.e2e.ScenarioSteps.Scenario;
import org.aicnet.conformance.ledger.Ledger;
import org.aicnet.conformance.ledger.Requirement;
import org.aicnet.schemas.TableSchemas;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What belongs to each clause of T/AI 123.8 and each table of annexes A and B, each fact read from where the kit
 * keeps it: the requirement ledger (the clause of each requirement, hence of each table), the schemas' titles and
 * {@link TableSchemas} (the schema files of each table), openapi.yaml (the tables and schema files of each endpoint), the
 * reference server's router (the handler of each endpoint) and Cucumber's dry run of the features (the requirements
 * each check is tagged with and the step classes its steps run).
 */
final class ClauseMap {

    private static final Pattern TABLE = Pattern.compile("[AB]\\.\\d+");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}/]+}");

    private final Ledger ledger;
    private final List<Operation> operations;
    private final SchemaFileIndex schemas;
    private final List<Scenario> scenarios;
    private final Map<String, Class<?>> handlers;

    /** {@code handlers}: the reference server's route handlers by endpoint ({@code GET /trainjob/{id}}). */
    ClauseMap(Ledger ledger, List<Operation> operations, SchemaFileIndex schemas, List<Scenario> scenarios,
              Map<String, Class<?>> handlers) {
        this.ledger = ledger;
        this.operations = operations;
        this.schemas = schemas;
        this.scenarios = scenarios;
        this.handlers = handlers.entrySet().stream().collect(Collectors.toMap(
                entry -> unnamed(entry.getKey()), Map.Entry::getValue));
    }

    /** The clauses the ledger groups its requirements under, in its order. */
    List<String> clauses() {
        return List.copyOf(ledger.clauses());
    }

    /** Every table of annex A an endpoint names, and every table the ledger takes requirements from, in order. */
    List<String> tables() {
        return Stream.concat(operations.stream().flatMap(operation -> operation.tables().stream()),
                        ledger.sources().stream().filter(source -> TABLE.matcher(source).matches()))
                .distinct().sorted(Comparator.comparing((String table) -> table.charAt(0))
                        .thenComparing(table -> Integer.parseInt(table.substring(2))))
                .toList();
    }

    List<String> requirementsOfClause(String clause) {
        return ledger.byClause(clause).stream().map(Requirement::id).toList();
    }

    List<String> requirementsOfTable(String table) {
        return ledger.bySource(table).stream().map(Requirement::id).toList();
    }

    /** The tables whose requirements the ledger puts in this clause. */
    List<String> tablesOf(String clause) {
        return tables().stream().filter(table -> clausesOf(table).contains(clause)).toList();
    }

    List<String> clausesOf(String table) {
        return ledger.bySource(table).stream().map(Requirement::clause).distinct().toList();
    }

    /** The files titled with the table, and the schema of its answer where it is one ({@link TableSchemas}). */
    Set<String> schemasOfTable(String table) {
        Set<String> files = new TreeSet<>(schemas.titled(table));
        answerSchema(table).map(schemas::resolve).ifPresent(files::add);
        return files;
    }

    /** The files titled with the clause, those of its tables, and those its endpoints take and answer. */
    Set<String> schemasOfClause(String clause) {
        Set<String> files = new TreeSet<>(schemas.titled(clause));
        tablesOf(clause).forEach(table -> files.addAll(schemasOfTable(table)));
        endpointsOf(tablesOf(clause)).forEach(operation -> files.addAll(operation.bodySchemas()));
        return files;
    }

    /**
     * The endpoints that name the clause's tables; for a clause whose tables no endpoint names (the data types, B.1),
     * the endpoints whose bodies or error answers carry its schemas.
     */
    List<Operation> endpointsOfClause(String clause) {
        List<Operation> own = endpointsOf(tablesOf(clause));
        return own.isEmpty() ? carrying(schemasOfClause(clause)) : own;
    }

    /** The endpoint that names the table; for a table no endpoint names (B.1), those that carry its schemas. */
    List<Operation> endpointsOfTable(String table) {
        List<Operation> own = endpointsOf(List.of(table));
        return own.isEmpty() ? carrying(schemasOfTable(table)) : own;
    }

    boolean isEveryEndpoint(List<Operation> endpoints) {
        return endpoints.size() > 1 && endpoints.size() == operations.size();
    }

    /** The class of the reference server's handler of the endpoint. */
    Class<?> handlerOf(Operation operation) {
        Class<?> handler = handlers.get(unnamed(operation.endpoint()));
        if (handler == null) {
            throw new NoSuchElementException("the reference server has no route for " + operation.endpoint()
                    + " of openapi.yaml");
        }
        return handler;
    }

    /** The feature files of the checks tagged with one of these requirements. */
    Set<String> featuresOf(List<String> requirements) {
        return checksOf(requirements).map(Scenario::feature).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The classes of the step definitions that the checks tagged with one of these requirements run. */
    Set<String> stepClassesOf(List<String> requirements) {
        return checksOf(requirements).flatMap(scenario -> scenario.stepClasses().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Stream<Scenario> checksOf(List<String> requirements) {
        return scenarios.stream().filter(scenario -> requirements.stream()
                .anyMatch(scenario.requirements()::contains));
    }

    private List<Operation> endpointsOf(List<String> tables) {
        return operations.stream().filter(operation -> operation.tables().stream().anyMatch(tables::contains))
                .toList();
    }

    private List<Operation> carrying(Set<String> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        return operations.stream().filter(operation -> schemas.withReferenced(operation.namedSchemas()).stream()
                .anyMatch(files::contains)).toList();
    }

    /** The schema of the answer the suite checks a table's shape against, where the table describes one. */
    private static Optional<String> answerSchema(String table) {
        return Optional.ofNullable(TableSchemas.responses().get(table));
    }

    /** {@code GET /trainjob/{}}: an endpoint whatever its path parameters are called. */
    private static String unnamed(String endpoint) {
        return PATH_PARAMETER.matcher(endpoint).replaceAll("{}");
    }
}
