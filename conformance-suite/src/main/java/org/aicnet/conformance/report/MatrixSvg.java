package org.aicnet.conformance.report;

import java.util.List;
import java.util.Locale;

/**
 * matrix.svg: the clauses × outcomes matrix, one row per clause of the ledger and one column per status, each cell
 * the number of the clause's requirements with that status, tinted by its status and more strongly the larger its
 * share of the clause. Each row links to the clause's table of compliance.html; the page shows the same picture
 * inline at its top. Plain SVG: no font, script or image to fetch.
 */
public final class MatrixSvg implements ReportFormat {

    public static final String FILE = "matrix.svg";
    private static final int ROW = 18;
    private static final int LABEL = 230;
    private static final int CELL = 88;
    private static final int HEAD = 22;
    private static final List<Status> COLUMNS = List.of(Status.values());

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String render(ComplianceReport report) {
        return svg(report, ComplianceHtml.FILE);
    }

    /** The picture, its rows linking to {@code page#clause-ID}; an empty page links within the page that holds it. */
    static String svg(ComplianceReport report, String page) {
        List<ClauseResult> clauses = report.clauses();
        int width = LABEL + CELL * COLUMNS.size();
        int height = HEAD + ROW * clauses.size() + 4;
        String title = report.standard() + ": requirements of each clause by outcome, run " + report.runId();
        StringBuilder svg = new StringBuilder(8 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"matrix\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<text x=\"4\" y=\"15\" font-weight=\"bold\">clause</text>\n");
        for (int c = 0; c < COLUMNS.size(); c++) {
            svg.append("<text x=\"").append(LABEL + CELL * c + CELL / 2).append("\" y=\"15\" text-anchor=\"middle\" "
                    + "font-weight=\"bold\">").append(COLUMNS.get(c).name().replace('_', ' ')).append("</text>\n");
        }
        for (int r = 0; r < clauses.size(); r++) {
            row(svg, clauses.get(r), HEAD + ROW * r, page);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void row(StringBuilder svg, ClauseResult clause, int y, String page) {
        RequirementTally tally = clause.requirementTally();
        Tally checks = clause.checkTally();
        String label = clause.id() + (clause.title() == null ? "" : " " + clause.title().en());
        svg.append("<a href=\"").append(Html.escape(page)).append("#clause-").append(Html.escape(clause.id()))
                .append("\" data-clause=\"").append(Html.escape(clause.id())).append("\" data-outcome=\"")
                .append(clause.status()).append("\">\n<title>").append(Html.escape(label)).append(": ")
                .append(clause.status().name().replace('_', ' ')).append("; checks ").append(checks.pass())
                .append(" pass, ").append(checks.fail()).append(" fail, ").append(checks.error()).append(" error, ")
                .append(checks.skip()).append(" skip</title>\n<rect x=\"0\" y=\"").append(y).append("\" width=\"4\" "
                        + "height=\"").append(ROW - 2).append("\" fill=\"").append(colour(clause.status()))
                .append("\"/>\n<text x=\"8\" y=\"").append(y + 12).append("\">")
                .append(Html.escape(shorten(label))).append("</text>\n");
        for (int c = 0; c < COLUMNS.size(); c++) {
            Status status = COLUMNS.get(c);
            int count = tally.count(status);
            double share = tally.total() == 0 ? 0 : (double) count / tally.total();
            svg.append("<rect x=\"").append(LABEL + CELL * c + 1).append("\" y=\"").append(y).append("\" width=\"")
                    .append(CELL - 2).append("\" height=\"").append(ROW - 2).append("\" fill=\"")
                    .append(count == 0 ? "#f6f8fa" : colour(status)).append("\" fill-opacity=\"")
                    .append(count == 0 ? "1" : String.format(Locale.ROOT, "%.2f", 0.25 + 0.75 * share))
                    .append("\"/>\n<text x=\"").append(LABEL + CELL * c + CELL / 2).append("\" y=\"").append(y + 12)
                    .append("\" text-anchor=\"middle\" data-status=\"").append(status).append("\">")
                    .append(count == 0 ? "" : Integer.toString(count)).append("</text>\n");
        }
        svg.append("</a>\n");
    }

    private static String shorten(String label) {
        return label.length() <= 34 ? label : label.substring(0, 33) + "…";
    }

    static String colour(Status status) {
        return switch (status) {
            case PASS -> "#1a7f37";
            case FAIL -> "#cf222e";
            case ERROR -> "#bc4c00";
            case SKIP -> "#6e7781";
            case NOT_CHECKED -> "#afb8c1";
        };
    }
}
