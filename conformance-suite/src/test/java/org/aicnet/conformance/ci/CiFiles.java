package org.aicnet.conformance.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CI files of the repository and the CI recipes of docs/vendor-guide.md, read as YAML trees. */
final class CiFiles {

    static final Path ROOT = Path.of(System.getProperty("basedir", "."), "..").normalize();
    static final Path ACTION = ROOT.resolve("action.yml");
    static final Path GITLAB_TEMPLATE = ROOT.resolve("ci/t-ai-123-8.gitlab-ci.yml");
    static final Path WORKFLOWS = ROOT.resolve(".github/workflows");
    static final Path GUIDE = ROOT.resolve("docs/vendor-guide.md");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CiFiles() {
    }

    static JsonNode read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The YAML block of the guide that starts with the comment line {@code # fileName}. */
    static JsonNode guideRecipe(String fileName) {
        try {
            Matcher block = Pattern.compile("(?s)```yaml\\n(# " + Pattern.quote(fileName) + "\\n.*?)```")
                    .matcher(Files.readString(GUIDE));
            if (!block.find()) {
                throw new AssertionError(GUIDE + " has no YAML block that starts with '# " + fileName + "'");
            }
            return parse(block.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
