package org.aicnet.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import org.aicnet.schemas.SchemaCatalog;
import org.aicnet.schemas.standard.ErrorCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A request schema of schemas/ checked at run time (readings R-body-errors, R-check-order): each JSON Schema keyword
 * maps once to its B.1 code, the constraints of B.1's own codes (jobName, jobDesc, the image) by where they are in
 * schemas/; of several violations the one of the highest priority wins, ties going to the first in the schema's
 * order. What a schema cannot say (references to the network, conflicts between fields) is checked by the handler.
 */
public final class RequestSchema {

    private static final Map<String, ErrorCode> CODES = Map.ofEntries(
            Map.entry("required", ErrorCode.PARAMETER_MISSING),
            Map.entry("type", ErrorCode.PARAMETER_TYPE),
            Map.entry("minimum", ErrorCode.PARAMETER_RANGE), Map.entry("maximum", ErrorCode.PARAMETER_RANGE),
            Map.entry("minLength", ErrorCode.PARAMETER_RANGE), Map.entry("maxLength", ErrorCode.PARAMETER_RANGE),
            Map.entry("minItems", ErrorCode.PARAMETER_RANGE), Map.entry("maxItems", ErrorCode.PARAMETER_RANGE));
    // A.31, B.1: jobName's characters 0205 and length 0206, jobDesc's length 0207; A.32: no image at all 0220.
    private static final String JOB_NAME = "trainjob-create-request.json#/properties/jobName/";
    private static final Map<String, ErrorCode> OWN_CODES = Map.of(
            JOB_NAME + "pattern", ErrorCode.JOB_NAME_CHARACTERS,
            JOB_NAME + "minLength", ErrorCode.JOB_NAME_LENGTH,
            JOB_NAME + "maxLength", ErrorCode.JOB_NAME_LENGTH,
            "trainjob-create-request.json#/properties/jobDesc/maxLength", ErrorCode.JOB_DESC_LENGTH);
    // A.32: one image field, given and not empty (0220): the anyOf and the not of job-config.json
    private static final List<String> IMAGE_CHOICE = List.of("job-config.json#/anyOf", "job-config.json#/not");
    private static final List<ErrorCode> PRIORITY = List.of(ErrorCode.PARAMETER_MISSING, ErrorCode.PARAMETER_TYPE,
            ErrorCode.JOB_NAME_CHARACTERS, ErrorCode.JOB_NAME_LENGTH, ErrorCode.JOB_DESC_LENGTH,
            ErrorCode.PARAMETER_RANGE, ErrorCode.PARAMETER_VALUE, ErrorCode.IMAGE_MISSING);

    private final Schema schema;

    private RequestSchema(Schema schema) {
        this.schema = schema;
    }

    /** The schema of a JSON body, one file of schemas/, compiled once by the catalog. */
    public static RequestSchema of(String fileName) {
        return new RequestSchema(SchemaCatalog.get().schema(fileName));
    }

    /** The schema of parameters sent as strings (a query, a path, a form's text fields), read as typed. */
    public static RequestSchema ofParameters(String fileName) {
        return new RequestSchema(SchemaCatalog.get().parameterSchema(fileName));
    }

    /**
     * Throws the winning violation of {@code value}, leaving out those {@code tolerated} (a fault's leniency);
     * answers the value without its members sent as null, which reading R-body-errors reads as absent.
     */
    public JsonNode check(JsonNode value, Predicate<Violation> tolerated) {
        JsonNode present = withoutNulls(value.deepCopy());
        List<Violation> violations = new ArrayList<>();
        JsonNode checked = integersAsWritten(present.deepCopy(), "", violations);
        List<Error> errors = schema.validate(checked.toString(), InputFormat.JSON);
        errors.stream().map(RequestSchema::violation).forEach(violations::add);
        violations.stream()
                .filter(tolerated.negate())
                .min(Comparator.comparingInt(violation -> PRIORITY.indexOf(violation.code())))
                .ifPresent(violation -> {
                    throw ApiException.of(violation.code(), violation.describe());
                });
        return present;
    }

    public JsonNode check(JsonNode value) {
        return check(value, violation -> false);
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(member -> member.getValue().isNull());
        }
        node.forEach(RequestSchema::withoutNulls);
        return node;
    }

    /**
     * Reading R-body-errors: a number written with a fraction or an exponent, or past 64 bits, is no integer, though
     * JSON Schema counts 1.0 as one; every number of the request schemas is an integer, so such a number is of the
     * wrong type wherever it is, and is checked further as the text it was written as.
     */
    private static JsonNode integersAsWritten(JsonNode node, String pointer, List<Violation> violations) {
        if (node.isNumber() && (!node.isIntegralNumber() || !node.canConvertToLong())) {
            violations.add(new Violation(pointer, ErrorCode.PARAMETER_TYPE, "must be an integer", node.toString()));
            return new TextNode(node.toString());
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(member -> member.setValue(
                    integersAsWritten(member.getValue(), pointer + "/" + member.getKey(), violations)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, integersAsWritten(array.get(i), pointer + "/" + i, violations));
            }
        }
        return node;
    }

    private static Violation violation(Error error) {
        String location = error.getInstanceLocation().toString();
        String field = error.getProperty() != null ? location + "/" + error.getProperty() : location;
        String where = error.getSchemaLocation().toString().replace(SchemaCatalog.ID_PREFIX, "");
        ErrorCode code = IMAGE_CHOICE.stream().anyMatch(where::startsWith) ? ErrorCode.IMAGE_MISSING
                : OWN_CODES.getOrDefault(where, CODES.getOrDefault(error.getKeyword(), ErrorCode.PARAMETER_VALUE));
        String value = error.getInstanceNode() == null ? "" : error.getInstanceNode().toString();
        return new Violation(field, code, error.getMessage(), value);
    }

    /**
     * One violation: the JSON pointer of the field, its B.1 code, the validator's message and the field's value as
     * JSON text (a string value in quotes).
     */
    public record Violation(String field, ErrorCode code, String message, String value) {

        /** Whether the violation is of the field {@code name} of the top level, or of something inside it. */
        public boolean of(String name) {
            return field.equals("/" + name) || field.startsWith("/" + name + "/");
        }

        String describe() {
            String name = field.isEmpty() ? "the request" : field.substring(1).replace('/', '.');
            return name + ": " + message.replaceFirst("^\\$[^ ]* ?:? ?", "");
        }
    }
}
