package org.aicnet.schemas;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of schemas/, loaded from the classpath. The server's tests and the conformance suite validate
 * against this one catalog, so a response shape is written once.
 *
 * <p>Every schema's {@code $id} is {@value #ID_PREFIX} followed by its path below schemas/, one folder per clause
 * ({@code 7.3.1-centers/center.json}, {@link TableSchemas}); references between files are relative to the folder of
 * the file that makes them ({@code "$ref": "../6.3-data-types/cpu.json"}) and resolve below the classpath folder
 * {@code schemas/}.
 *
 * <p>Query parameters, path parameters and the text fields of a form travel as strings, which their schemas type as
 * what the strings stand for ({@code "type": "integer"} for {@code pageSize}); {@link #parameterSchema} checks such an
 * object of strings with each string read as the integer or Boolean its schema asks for, where it is one.
 */
public final class SchemaCatalog {

    public static final String ID_PREFIX = "https://aicnet.org/schemas/";
    private static final String CLASSPATH_PREFIX = "classpath:schemas/";
    private static final SchemaCatalog DEFAULT = new SchemaCatalog();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_PREFIX, CLASSPATH_PREFIX)));
    private final SchemaRegistry parameterRegistry = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_PREFIX, CLASSPATH_PREFIX))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().typeLoose(true).build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<String, Schema> parameterSchemas = new ConcurrentHashMap<>();

    private SchemaCatalog() {
    }

    public static SchemaCatalog get() {
        return DEFAULT;
    }

    /** The schema of one file of schemas/ by its path, for example {@link TableSchemas#CENTER}. */
    public Schema schema(String fileName) {
        return schemas.computeIfAbsent(fileName,
                name -> registry.getSchema(SchemaLocation.of(ID_PREFIX + name)));
    }

    /**
     * The schema of one file of schemas/ for parameters sent as strings: {@code "5"} is an integer and
     * {@code "true"} a Boolean where the schema types them so; {@code "5.0"}, {@code "yes"} and {@code "True"} are not.
     */
    public Schema parameterSchema(String fileName) {
        return parameterSchemas.computeIfAbsent(fileName,
                name -> parameterRegistry.getSchema(SchemaLocation.of(ID_PREFIX + name)));
    }

    /** Every violation of the named schema by the JSON text, each as "instance location: message"; empty when valid. */
    public List<String> violations(String fileName, String json) {
        List<Error> errors = schema(fileName).validate(json, InputFormat.JSON);
        return errors.stream().map(SchemaCatalog::describe).toList();
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
