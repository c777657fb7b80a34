package org.aicnet.conformance.report;

import org.aicnet.conformance.run.Outcome;

/**
 * badge.svg: "T/AI 123.8 · 58/60 passed", where the numbers are the mandatory checks that passed and the mandatory
 * checks that ran (every one not skipped); its colour is the verdict's. A flat badge in the usual two-part style,
 * with no font, link or script to fetch.
 */
public final class BadgeSvg implements ReportFormat {

    public static final String FILE = "badge.svg";
    /** Width of a character of 11px Verdana, roughly: enough for the badge's short texts. */
    private static final double CHAR_WIDTH = 6.6;
    private static final int PADDING = 10;

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String render(ComplianceReport report) {
        Tally mandatory = report.totals().mandatoryChecks();
        String label = report.standard();
        String message = switch (report.completion().state()) {
            case NOT_RUN -> "not run";
            case INCOMPLETE -> mandatory.pass() + "/" + mandatory.run() + " passed, incomplete";
            case COMPLETE -> mandatory.pass() + "/" + mandatory.run() + " passed";
        };
        int labelWidth = width(label);
        int messageWidth = width(message);
        int total = labelWidth + messageWidth;
        String title = label + " · " + message + " (" + ReportWording.BADGE_COUNTS + "); verdict " + report.verdict();
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="20" role="img" aria-label="%3$s">
                  <title>%3$s</title>
                  <rect width="%2$d" height="20" fill="#555"/>
                  <rect x="%2$d" width="%4$d" height="20" fill="%5$s"/>
                  <g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
                    <text x="%6$s" y="14" data-part="label">%7$s</text>
                    <text x="%8$s" y="14" data-part="message" data-passed="%9$d" data-run="%10$d">%11$s</text>
                  </g>
                </svg>
                """.formatted(total, labelWidth, Html.escape(title), messageWidth, colour(report.verdict()),
                half(labelWidth), Html.escape(label), half(2 * labelWidth + messageWidth), mandatory.pass(),
                mandatory.run(), Html.escape(message));
    }

    private static int width(String text) {
        return (int) Math.ceil(text.length() * CHAR_WIDTH) + PADDING;
    }

    private static String half(int doubled) {
        return doubled % 2 == 0 ? Integer.toString(doubled / 2) : doubled / 2 + ".5";
    }

    private static String colour(Outcome verdict) {
        return switch (verdict) {
            case PASS -> "#1a7f37";
            case FAIL -> "#cf222e";
            case ERROR -> "#bc4c00";
            case SKIP -> "#6e7781";
        };
    }
}
