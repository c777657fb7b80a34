package org.aicnet.schemas;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/** schemas/openapi.yaml as swagger-parser reads it, with the schema files beside it resolved. */
final class OpenApiDocument {

    private static SwaggerParseResult parsed;

    private OpenApiDocument() {
    }

    static synchronized SwaggerParseResult parse() {
        if (parsed == null) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            String location = SchemaFiles.DIRECTORY.resolve("openapi.yaml").toString();
            parsed = new OpenAPIV3Parser().readLocation(location, null, options);
        }
        return parsed;
    }

    static OpenAPI api() {
        return parse().getOpenAPI();
    }

    /** Every operation, keyed "METHOD /path". */
    static Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        api().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name() + " " + path, operation)));
        return operations;
    }

    /** The operation of an endpoint of annex A; fails the test when openapi.yaml lacks it. */
    static Operation operation(AnnexAEndpoint endpoint) {
        Operation operation = operations().get(endpoint.key());
        return operation != null ? operation : fail("openapi.yaml lacks " + endpoint);
    }

    /** The operation's parameters and those of its path item, references to components followed. */
    static List<Parameter> parameters(AnnexAEndpoint endpoint) {
        List<Parameter> parameters = new ArrayList<>();
        Operation operation = operation(endpoint);
        PathItem pathItem = api().getPaths().get(endpoint.path());
        if (pathItem.getParameters() != null) {
            parameters.addAll(pathItem.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        return parameters.stream().map(OpenApiDocument::follow).toList();
    }

    /** The operation's responses by status, references to components followed. */
    static Map<String, ApiResponse> responses(Operation operation) {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        operation.getResponses().forEach((status, response) -> responses.put(status, follow(response)));
        return responses;
    }

    /** The annex A tables an operation names in x-standard-tables. */
    static List<String> tables(Operation operation) {
        Object tables = operation.getExtensions() == null ? null : operation.getExtensions().get("x-standard-tables");
        return tables instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** The business codes a response names in x-error-codes. */
    static List<String> errorCodes(ApiResponse response) {
        Object codes = response.getExtensions() == null ? null : response.getExtensions().get("x-error-codes");
        return codes instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static Parameter follow(Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : api().getComponents().getParameters().get(componentName(parameter.get$ref()));
    }

    private static ApiResponse follow(ApiResponse response) {
        return response.get$ref() == null ? response
                : api().getComponents().getResponses().get(componentName(response.get$ref()));
    }

    private static String componentName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
