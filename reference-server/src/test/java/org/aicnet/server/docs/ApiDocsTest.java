package org.aicnet.server.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.response.Response;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.aicnet.schemas.OpenApiBundle;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.web.Extensions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document and its page, served by the server itself without a token. */
class ApiDocsTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servesTheBundledDocumentAsYamlWithItsOwnUrlInServers() throws Exception {
        Response response = given(network.request()).get(Extensions.OPENAPI_YAML);
        response.then().statusCode(200).contentType(startsWith("application/yaml"));
        JsonNode served = YAML.readTree(response.asString());
        assertEquals(network.server().baseUrl(), served.path("servers").path(0).path("url").asText());
        assertEquals(1, served.path("servers").size());
        assertEquals(OpenApiBundle.servedAt(OpenApiBundle.fromClasspath(), network.server().baseUrl(),
                "this reference server"), served, "the bundle of schemas/openapi.yaml, its servers aside");
    }

    @Test
    void servesTheSameDocumentAsJson() throws Exception {
        Response json = given(network.request()).get(Extensions.OPENAPI_JSON);
        json.then().statusCode(200).contentType(startsWith("application/json"));
        JsonNode yaml = YAML.readTree(given(network.request()).get(Extensions.OPENAPI_YAML).asString());
        assertEquals(yaml, new ObjectMapper().readTree(json.asString()));
    }

    @Test
    void aClientLoadingTheServedDocumentResolvesEveryReferenceWithoutAMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser()
                .readLocation(network.server().baseUrl() + Extensions.OPENAPI_YAML, null, options);
        assertEquals(List.of(), parsed.getMessages());
        assertEquals(network.server().baseUrl(), parsed.getOpenAPI().getServers().get(0).getUrl());
        assertTrue(parsed.getOpenAPI().getComponents().getSchemas().containsKey("trainjob-create-request"));
    }

    @Test
    void swaggerUiIsServedFromTheWebjarAndPointsAtTheServedDocument() {
        given(network.request()).redirects().follow(false).get(Extensions.SWAGGER_UI)
                .then().statusCode(302).header("Location", SwaggerUi.PAGE);
        given(network.request()).redirects().follow(false).get(Extensions.DOCS)
                .then().statusCode(302).header("Location", SwaggerUi.PAGE);
        given(network.request()).redirects().follow(false).get(Extensions.SWAGGER_UI + "/")
                .then().statusCode(302).header("Location", SwaggerUi.PAGE);
        given(network.request()).get(SwaggerUi.PAGE)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("swagger-ui-bundle.js")).body(containsString("swagger-initializer.js"));
        given(network.request()).get(Extensions.SWAGGER_UI + "/swagger-ui-bundle.js")
                .then().statusCode(200).contentType(startsWith("text/javascript"))
                .body(containsString("SwaggerUIBundle"));
        given(network.request()).get(Extensions.SWAGGER_UI + "/swagger-ui.css")
                .then().statusCode(200).contentType(startsWith("text/css"));
        given(network.request()).get(Extensions.SWAGGER_UI + "/" + SwaggerUi.INITIALIZER)
                .then().statusCode(200).body(containsString("'../openapi.json'"))
                .body(org.hamcrest.Matchers.not(containsString("petstore")));
    }

    @Test
    void onlyTheWebjarsPageFilesAreServed() {
        given(network.request()).get(Extensions.SWAGGER_UI + "/..%2f..%2fMETA-INF%2fMANIFEST.MF")
                .then().statusCode(404);
        given(network.request()).get(Extensions.SWAGGER_UI + "/swagger-ui.js.map").then().statusCode(404)
                .body(containsString("errorCode"));
    }
}
