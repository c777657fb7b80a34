package org.aicnet.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data files an Allure single-file report carries ({@code d('data/categories.json','<base64>')} in its
 * index.html), read back as JSON: what its pages show, to check without a browser and to find the address of a page.
 */
final class AllureSingleFile {

    private static final Pattern FILE = Pattern.compile("d\\('([^']+)','([^']*)'\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> files = new LinkedHashMap<>();

    private AllureSingleFile(String html) {
        Matcher file = FILE.matcher(html);
        while (file.find()) {
            files.put(file.group(1), new String(Base64.getDecoder().decode(file.group(2)), StandardCharsets.UTF_8));
        }
    }

    static AllureSingleFile read(Path index) throws IOException {
        return new AllureSingleFile(Files.readString(index, StandardCharsets.UTF_8));
    }

    JsonNode json(String name) throws IOException {
        String text = files.get(name);
        if (text == null) {
            throw new AssertionError("the Allure report carries no " + name + "; it has " + files.keySet());
        }
        return JSON.readTree(text);
    }

    /** The test results under a node of a tree (categories.json, suites.json): its leaves. */
    static List<JsonNode> leaves(JsonNode node) {
        List<JsonNode> leaves = new ArrayList<>();
        if (!node.has("children")) {
            leaves.add(node);
        } else {
            node.path("children").forEach(child -> leaves.addAll(leaves(child)));
        }
        return leaves;
    }
}
