package org.aicnet.schemas;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Ids of the tables of T/AI 123.8: A.1 to A.60 of annex A, B.1 of annex B, and the data types 6.3.1 to 6.3.4. */
final class TableIds {

    static final List<String> ANNEX_A = IntStream.rangeClosed(1, 60).mapToObj(n -> "A." + n).toList();

    private static final String ID = "(?:A\\.[0-9]+|B\\.[0-9]+|6\\.3\\.[0-9]+)";
    private static final Pattern LEADING_IDS = Pattern.compile("^(" + ID + "(?:, " + ID + ")*) \\S.*");

    private TableIds() {
    }

    /** The table ids a title starts with ("A.34, A.39, A.43 job metadata"), or empty when it starts with none. */
    static Optional<List<String>> leading(String title) {
        Matcher matcher = LEADING_IDS.matcher(title == null ? "" : title);
        return matcher.matches() ? Optional.of(Arrays.asList(matcher.group(1).split(", "))) : Optional.empty();
    }

    static boolean exists(String id) {
        return ANNEX_A.contains(id) || id.equals("B.1") || List.of("6.3.1", "6.3.2", "6.3.3", "6.3.4").contains(id);
    }
}
