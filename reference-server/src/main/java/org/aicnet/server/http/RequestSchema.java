package org.aicnet.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import org.aicnet.schemas.SchemaCatalog;
import org.aicnet.server.standard.ErrorCode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A request schema of schemas/ checked at run time (reading R-body-errors): each JSON Schema keyword maps once to its
 * B.1 code, and of several violations the one of the highest priority wins, missing (0203) before wrong type (0201)
 * before out of range (0204) before illegal value (0202); ties go to the first in the schema's order.
 */
public final class RequestSchema {

    private static final Map<String, ErrorCode> CODES = Map.ofEntries(
            Map.entry("required", ErrorCode.PARAMETER_MISSING),
            Map.entry("type", ErrorCode.PARAMETER_TYPE),
            Map.entry("minimum", ErrorCode.PARAMETER_RANGE), Map.entry("maximum", ErrorCode.PARAMETER_RANGE),
            Map.entry("minLength", ErrorCode.PARAMETER_RANGE), Map.entry("maxLength", ErrorCode.PARAMETER_RANGE),
            Map.entry("minItems", ErrorCode.PARAMETER_RANGE), Map.entry("maxItems", ErrorCode.PARAMETER_RANGE));
    private static final List<ErrorCode> PRIORITY = List.of(ErrorCode.PARAMETER_MISSING, ErrorCode.PARAMETER_TYPE,
            ErrorCode.PARAMETER_RANGE, ErrorCode.PARAMETER_VALUE);

    private final Schema schema;

    private RequestSchema(Schema schema) {
        this.schema = schema;
    }

    /** The schema of one file of schemas/, compiled once by the catalog. */
    public static RequestSchema of(String fileName) {
        return new RequestSchema(SchemaCatalog.get().schema(fileName));
    }

    /** Throws the winning violation of {@code value}, leaving out those {@code tolerated} (a fault's leniency). */
    public void check(JsonNode value, Predicate<Violation> tolerated) {
        List<Error> errors = schema.validate(value.toString(), InputFormat.JSON);
        errors.stream()
                .map(RequestSchema::violation)
                .filter(tolerated.negate())
                .min(Comparator.comparingInt(violation -> PRIORITY.indexOf(violation.code())))
                .ifPresent(violation -> {
                    throw violation.code().exception(violation.describe());
                });
    }

    public void check(JsonNode value) {
        check(value, violation -> false);
    }

    private static Violation violation(Error error) {
        String location = error.getInstanceLocation().toString();
        String field = error.getProperty() != null ? location + "/" + error.getProperty() : location;
        // Reading R-body-errors: a field sent as null is read as absent.
        boolean isNull = error.getInstanceNode() != null && error.getInstanceNode().isNull();
        ErrorCode code = isNull ? ErrorCode.PARAMETER_MISSING
                : CODES.getOrDefault(error.getKeyword(), ErrorCode.PARAMETER_VALUE);
        return new Violation(field, code, error.getMessage());
    }

    /** One violation: the JSON pointer of the field, its B.1 code and the validator's message. */
    public record Violation(String field, ErrorCode code, String message) {

        String describe() {
            return message.replaceFirst("^\\$", "the body");
        }
    }
}
