package org.aicnet.server.docs;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.aicnet.server.http.Access;
import org.aicnet.server.http.BaseUrl;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.RouteGroup;
import org.aicnet.server.http.RouteTable;
import org.aicnet.server.web.ClasspathFiles;
import org.aicnet.server.web.Extensions;

/**
 * The API described by the server itself, outside annex A and without a token: the OpenAPI document as YAML and JSON
 * ({@link ServedDocument}) and an interactive page of it (Swagger UI at {@value SwaggerUi#PAGE}, reached from
 * {@value Extensions#SWAGGER_UI} and {@value Extensions#DOCS}).
 */
public final class ApiDocsRoutes implements RouteGroup {

    private static final String YAML_TYPE = "application/yaml; charset=utf-8";

    private final ServedDocument document;
    private final SwaggerUi swaggerUi = new SwaggerUi();

    public ApiDocsRoutes(BaseUrl baseUrl) {
        this.document = new ServedDocument(baseUrl);
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(Extensions.OPENAPI_YAML, ctx -> ctx.contentType(YAML_TYPE).result(document.texts().yaml()),
                        Access.PUBLIC)
                .get(Extensions.OPENAPI_JSON, ctx -> ctx.contentType(Json.CONTENT_TYPE).result(document.texts().json()),
                        Access.PUBLIC)
                .get(Extensions.SWAGGER_UI, ApiDocsRoutes::toPage, Access.PUBLIC)
                .get(Extensions.DOCS, ApiDocsRoutes::toPage, Access.PUBLIC)
                .get(Extensions.SWAGGER_UI + "/{" + ClasspathFiles.FILE + "}",
                        ctx -> swaggerUi.send(ctx, ctx.pathParam(ClasspathFiles.FILE)), Access.PUBLIC);
    }

    // The page names its files relative to itself, so it is reached below the folder, never as the folder itself.
    private static void toPage(Context ctx) {
        ctx.redirect(SwaggerUi.PAGE, HttpStatus.FOUND);
    }
}
