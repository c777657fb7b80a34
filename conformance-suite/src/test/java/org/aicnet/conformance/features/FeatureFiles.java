package org.aicnet.conformance.features;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The features the suite runs (features/*.feature, as packaged on the class path), parsed with Cucumber's own Gherkin
 * parser into checks: one per scenario and per example row, with every tag that applies to it (feature, rule,
 * scenario and examples tags), exactly as the runner sees them.
 */
final class FeatureFiles {

    /** One check: where it is written, its name, its tags and the tags of its feature. */
    record Check(String file, String name, List<String> tags, List<String> featureTags) {

        String where() {
            return file + ": " + name;
        }
    }

    /** A feature file that does not parse. */
    record ParseProblem(String file, String message) {
    }

    final List<Check> checks = new ArrayList<>();
    final List<ParseProblem> problems = new ArrayList<>();
    final List<Path> files = new ArrayList<>();

    static FeatureFiles load() {
        FeatureFiles features = new FeatureFiles();
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
                .includePickles(true).build();
        try (Stream<Path> paths = Files.list(directory())) {
            for (Path file : paths.filter(path -> path.toString().endsWith(".feature")).sorted().toList()) {
                features.files.add(file);
                List<String> featureTags = featureTags(file);
                List<Envelope> envelopes = parser.parse(file).toList();
                for (Envelope envelope : envelopes) {
                    envelope.getParseError().ifPresent(error -> features.problems.add(
                            new ParseProblem(file.getFileName().toString(), error.getMessage())));
                    envelope.getPickle().ifPresent(pickle -> features.checks.add(check(file, pickle, featureTags)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return features;
    }

    private static Check check(Path file, Pickle pickle, List<String> featureTags) {
        return new Check(file.getFileName().toString(), pickle.getName(),
                pickle.getTags().stream().map(PickleTag::getName).toList(), featureTags);
    }

    /** The tags written above the Feature keyword. */
    private static List<String> featureTags(Path file) throws IOException {
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.startsWith("Feature:")) {
                return tags;
            }
            if (text.startsWith("@")) {
                tags.addAll(List.of(text.split("\\s+")));
            }
        }
        return tags;
    }

    private static Path directory() {
        URL features = FeatureFiles.class.getClassLoader().getResource("features");
        if (features == null) {
            throw new IllegalStateException("features/ is not on the test class path");
        }
        try {
            return Path.of(features.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
