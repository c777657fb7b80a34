package org.aicnet.conformance.e2e;

import org.aicnet.conformance.e2e.OpenApiOperations.Operation;
import org.aicnet.conformance.report.ClauseTitle;
import org.aicnet.server.ReferenceServer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * docs/clauses.md: from each clause of T/AI 123.8 and each table of annexes A and B to its schema files, the
 * reference server's packages that serve it, its feature files, the step classes its checks run and its requirements.
 * Made only from a {@link ClauseMap}, so that the same sources always give the same text.
 */
final class ClauseMapTable {

    static final String README_LINE = "From each clause and table of the standard to its schema files, server "
            + "package, features, step classes and requirements: [docs/clauses.md](docs/clauses.md).";

    private static final String SERVER_ROOT = ReferenceServer.class.getPackageName();
    private static final String SERVER_SOURCES = "../reference-server/src/main/java/";
    private static final String SUITE_SOURCES = "../conformance-suite/src/main/java/";

    private final ClauseMap map;
    /** The targets of the links, by their text: each cell links by text alone, the targets follow the tables. */
    private final Map<String, String> targets = new TreeMap<>();

    private ClauseMapTable(ClauseMap map) {
        this.map = map;
    }

    static String markdown(ClauseMap map) {
        return new ClauseMapTable(map).file();
    }

    private String file() {
        StringBuilder md = new StringBuilder("""
                # From the clauses of T/AI 123.8 to the kit

                Where each clause of the standard and each table of annexes A and B lives in aicnet: the JSON Schemas
                of its shapes (schemas/), the packages of the reference server whose route handlers serve it, the
                feature files whose checks are tagged with its requirements, the step classes those checks run, and
                its requirements in [features/requirements.yaml](../features/requirements.yaml).

                Every column is read from the sources: a table's clause from the ledger, a table's schemas from
                the schemas' titles and the suite's table of answer shapes, an endpoint's tables and schemas from
                [openapi.yaml](../schemas/openapi.yaml) (`x-standard-tables`, `$ref`), an endpoint's handler from the
                reference server's router, and a check's requirements and step classes from a dry run of Cucumber.
                A clause or table that no endpoint names (the data types of 6.3, B.1) is served by the endpoints
                whose bodies or error answers carry its schemas; a clause with neither tables nor schemas (6.2, 7.1)
                by no endpoint in particular.

                This file is written by `ClauseMapTest` (conformance-suite); do not edit it by hand. When it is out of
                date the test fails and writes the new text to `conformance-suite/target/clauses.md`;
                `-Daicnet.clauseMap.update=true` writes it here.

                ## Clauses

                | clause | tables | endpoints | schema files | server packages | features | step classes | requirements |
                |---|---|---|---|---|---|---|---|
                """);
        for (String clause : map.clauses()) {
            List<String> requirements = map.requirementsOfClause(clause);
            List<Operation> endpoints = map.endpointsOfClause(clause);
            md.append("| ").append(clauseName(clause))
                    .append(" | ").append(orNone(map.tablesOf(clause)))
                    .append(" | ").append(endpoints(endpoints))
                    .append(" | ").append(schemaLinks(map.schemasOfClause(clause)))
                    .append(" | ").append(packages(endpoints))
                    .append(" | ").append(featureLinks(map.featuresOf(requirements)))
                    .append(" | ").append(stepLinks(map.stepClassesOf(requirements)))
                    .append(" | ").append(ids(requirements))
                    .append(" |\n");
        }
        md.append("""

                ## Tables of annexes A and B

                | table | clause | endpoint | schema files | server handler | features | step classes | requirements |
                |---|---|---|---|---|---|---|---|
                """);
        for (String table : map.tables()) {
            List<String> requirements = map.requirementsOfTable(table);
            List<Operation> endpoints = map.endpointsOfTable(table);
            md.append("| ").append(table)
                    .append(" | ").append(orNone(map.clausesOf(table)))
                    .append(" | ").append(endpoints(endpoints))
                    .append(" | ").append(schemaLinks(map.schemasOfTable(table)))
                    .append(" | ").append(map.isEveryEndpoint(endpoints) ? packages(endpoints) : handlers(endpoints))
                    .append(" | ").append(featureLinks(map.featuresOf(requirements)))
                    .append(" | ").append(stepLinks(map.stepClassesOf(requirements)))
                    .append(" | ").append(ids(requirements))
                    .append(" |\n");
        }
        md.append("\n");
        targets.forEach((text, target) -> md.append("[").append(text).append("]: ").append(target).append("\n"));
        return md.toString();
    }

    private static String clauseName(String clause) {
        return ClauseTitle.of(clause).map(title -> clause + " " + title.zh() + " (" + title.en() + ")")
                .orElse(clause);
    }

    private String endpoints(List<Operation> endpoints) {
        if (map.isEveryEndpoint(endpoints)) {
            return "every endpoint of annex A";
        }
        return orNone(endpoints.stream().map(operation -> "`" + operation.endpoint() + "`").toList());
    }

    /** The server packages of the endpoints' handlers, relative to the server's root package, linked to their folder. */
    private String packages(List<Operation> endpoints) {
        return orNone(endpoints.stream().map(map::handlerOf).map(Class::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(name -> link(relative(name), SERVER_SOURCES + name.replace('.', '/') + "/")).toList());
    }

    /** Each endpoint's handler class, named within its server package and linked to its source. */
    private String handlers(List<Operation> endpoints) {
        return orNone(endpoints.stream().map(map::handlerOf).distinct().map(handler -> link(
                relative(handler.getPackageName()) + "." + handler.getSimpleName(),
                SERVER_SOURCES + handler.getName().replace('.', '/') + ".java")).toList());
    }

    private static String relative(String packageName) {
        return packageName.startsWith(SERVER_ROOT + ".") ? packageName.substring(SERVER_ROOT.length() + 1)
                : packageName;
    }

    private String schemaLinks(Collection<String> files) {
        return orNone(files.stream().map(file -> link(file, "../schemas/" + file)).toList());
    }

    private String featureLinks(Collection<String> features) {
        return orNone(features.stream().map(feature -> link(feature.substring(feature.lastIndexOf('/') + 1),
                "../" + feature)).toList());
    }

    private String stepLinks(Collection<String> classes) {
        return orNone(classes.stream().map(name -> link(name.substring(name.lastIndexOf('.') + 1),
                SUITE_SOURCES + name.replace('.', '/') + ".java")).toList());
    }

    private static String ids(List<String> requirements) {
        return orNone(requirements.stream().map(id -> "`" + id + "`").toList());
    }

    private static String orNone(List<String> values) {
        return values.isEmpty() ? "—" : String.join(", ", values);
    }

    /** A link by its text alone, {@code [jobs]}; one text links to one target only. */
    private String link(String text, String target) {
        String known = targets.putIfAbsent(text, target);
        if (known != null && !known.equals(target)) {
            throw new IllegalStateException("the link text " + text + " would lead to " + known + " and " + target);
        }
        return "[" + text + "]";
    }
}
