package org.aicnet.conformance.ci;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${{ context.path }}} expressions of a GitHub workflow or action, each replaced by the value the test gives
 * that path; an expression it gives no value is an error, so that a recipe cannot lean on a context the test did not
 * think of. The outputs of steps are empty until a step writes them, as on GitHub.
 */
final class GithubExpressions {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern STEP_OUTPUT = Pattern.compile("steps\\.[\\w-]+\\.outputs\\.[\\w-]+");

    private final Map<String, String> values;

    GithubExpressions(Map<String, String> values) {
        this.values = new HashMap<>(values);
    }

    GithubExpressions with(String path, String value) {
        values.put(path, value);
        return this;
    }

    String resolve(String text) {
        Matcher expression = EXPRESSION.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (expression.find()) {
            String path = expression.group(1);
            String value = values.get(path);
            if (value == null && STEP_OUTPUT.matcher(path).matches()) {
                value = "";
            }
            if (value == null) {
                throw new AssertionError("the test gives ${{ " + path + " }} no value: " + text);
            }
            expression.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return expression.appendTail(resolved).toString();
    }
}
