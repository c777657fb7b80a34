package org.aicnet.server.docs;

import org.aicnet.schemas.OpenApiBundle;
import org.aicnet.server.HeadlessChromium;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.web.Extensions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Swagger UI in headless Chromium: /docs shows every operation of the served document, and the page asks nothing of
 * any address but the server's (it works offline). Skipped only where Chromium is not installed; CI installs it.
 */
class SwaggerUiInChromiumTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.defaultNetwork();

    @Test
    void showsEveryOperationOfTheDocumentFromTheServerAlone() throws Exception {
        Path executable = HeadlessChromium.find().orElse(null);
        assumeTrue(executable != null, "chromium is not installed (Debian: apt-get install chromium); .ci/run "
                + "installs it, so CI runs this test");
        List<String> operations = new ArrayList<>();
        OpenApiBundle.fromClasspath().path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> {
                    if (!method.equals("parameters")) {
                        operations.add(method);
                    }
                }));
        try (HeadlessChromium chromium = new HeadlessChromium(executable, 1400, 2400)) {
            chromium.navigate(network.server().baseUrl() + Extensions.DOCS);
            chromium.await("document.querySelectorAll('.opblock').length === " + operations.size(),
                    Duration.ofSeconds(30), "Swagger UI to show the " + operations.size() + " operations");
            assertEquals(network.server().baseUrl(), chromium.eval(
                    "document.querySelector('.servers select option').value").asText(), "the server's own URL");
            assertEquals(0, chromium.eval("document.querySelectorAll('.errors-wrapper, .version-pragma').length")
                    .asInt(), "Swagger UI reports no error and no warning about the document");
            chromium.screenshot(Path.of("target", "swagger-ui", "swagger-ui.png"));
            assertEquals(List.of(), chromium.exceptions(), "uncaught exceptions of the page");
            assertEquals(List.of(), chromium.requested().stream()
                    .filter(url -> !url.startsWith(network.server().baseUrl() + "/") && !url.startsWith("data:"))
                    .toList(), "Swagger UI asks nothing of any other address");
        }
    }
}
