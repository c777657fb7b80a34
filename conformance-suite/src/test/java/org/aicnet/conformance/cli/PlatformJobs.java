package org.aicnet.conformance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.conformance.e2e.ReferenceNetwork;
import org.aicnet.server.ReferenceServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The training jobs of a user on a test reference server, read and made through annex A as a vendor would. */
final class PlatformJobs {

    /** A job as the list shows it. */
    record Job(String id, String name, String status) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReferenceServer server;
    private final String token;

    PlatformJobs(ReferenceServer server, ReferenceNetwork.Account account) {
        this.server = server;
        this.token = ReferenceNetwork.token(server, account);
    }

    /** The jobs whose name starts with the prefix. */
    List<Job> named(String prefix) {
        List<Job> jobs = new ArrayList<>();
        for (JsonNode item : send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/trainjob?pageSize=100")).GET())
                .path("items")) {
            String name = item.at("/metadata/name").asText();
            if (name.startsWith(prefix)) {
                jobs.add(new Job(item.at("/metadata/id").asText(), name, item.path("status").asText()));
            }
        }
        return jobs;
    }

    /** Creates a job on the default network's first GPU spec and image (the README's example), returns its id. */
    String create(String name, String command) {
        String body = JSON.createObjectNode().put("jobName", name).set("config", JSON.createObjectNode()
                .put("specId", "gpu-a100-1x").put("imageId", "pytorch-2.1-cuda12.1").put("command", command))
                .toString();
        JsonNode created = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/trainjob"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        String id = created.at("/metadata/id").asText(created.path("id").asText());
        if (id.isEmpty()) {
            throw new IllegalStateException("no id in " + created);
        }
        return id;
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.header("X-Auth-Token", token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
