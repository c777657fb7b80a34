package org.aicnet.conformance.report;

/** Makes untrusted text safe in GitHub/GitLab Markdown: table cells, inline text and fenced code blocks. */
final class Markdown {

    private Markdown() {
    }

    /** One line of inline text: no HTML, no table breaks, no emphasis or link syntax from the text. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : withoutControls(text.replaceAll("\\s*\\R\\s*", " ")).toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '|', '\\', '`', '*', '_', '[', ']', '#', '!' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The text without control characters other than line breaks and tabs, which a comment should not carry. */
    private static String withoutControls(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "\uFFFD");
    }

    /** A fenced code block that the text cannot close: its fence is longer than any run of backticks in it. */
    static String codeBlock(String language, String text) {
        String body = withoutControls(text == null ? "" : text);
        int longest = 0;
        int run = 0;
        for (char c : body.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n";
    }
}
