package org.aicnet.conformance.report;

import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.run.Outcome;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Locale;

/**
 * junit.xml for CI systems: a testsuite per feature, a testcase per check (classname = the feature, without dots, name = the
 * check's id and name), FAIL as {@code <failure>}, ERROR as {@code <error>}, SKIP as {@code <skipped>} with the
 * reason, and the requirement ids as properties of the testcase. Characters XML 1.0 cannot hold are replaced.
 */
public final class JunitXml implements ReportFormat {

    public static final String FILE = "junit.xml";

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String render(ComplianceReport report) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", report.standard() + " conformance of " + clean(report.platformUrl()));
            counts(xml, report.totals().checks());
            xml.writeAttribute("time", seconds(java.time.Duration.between(report.started(),
                    report.finished()).toMillis()));
            xml.writeAttribute("timestamp", report.started().toString());
            for (FeatureResult feature : report.features()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", clean(feature.name()));
                counts(xml, feature.tally());
                xml.writeAttribute("time", seconds(feature.checks().stream()
                        .mapToLong(CheckReport::durationMillis).sum()));
                for (CheckReport check : feature.checks()) {
                    testcase(xml, check);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            advisories(xml, report);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new ReportError("cannot write " + FILE + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * The feature's name as a class name that CI test views do not split into packages at its dots ("6.3.4"): each
     * dot is written as the one-dot leader U+2024, which looks the same.
     */
    static String className(String feature) {
        return clean(feature).replace('.', '\u2024');
    }

    private static void counts(XMLStreamWriter xml, Tally tally) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(tally.total()));
        xml.writeAttribute("failures", Integer.toString(tally.fail()));
        xml.writeAttribute("errors", Integer.toString(tally.error()));
        xml.writeAttribute("skipped", Integer.toString(tally.skip()));
    }

    private static void testcase(XMLStreamWriter xml, CheckReport check) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className(check.feature()));
        xml.writeAttribute("name", clean(check.id() + " " + check.name()));
        xml.writeAttribute("time", seconds(check.durationMillis()));
        xml.writeCharacters("\n      ");
        xml.writeStartElement("properties");
        for (String requirement : check.requirements()) {
            property(xml, "requirement", requirement);
        }
        property(xml, "level", check.mandatory() ? "mandatory" : "optional");
        xml.writeEndElement();
        if (check.outcome() != Outcome.PASS) {
            xml.writeCharacters("\n      ");
            String message = check.message() == null ? "" : clean(check.message());
            switch (check.outcome()) {
                case FAIL -> outcome(xml, "failure", message, check);
                case ERROR -> outcome(xml, "error", message, check);
                case SKIP -> {
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", message);
                }
                default -> throw new IllegalStateException("unreachable: " + check.outcome());
            }
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value));
    }

    private static void outcome(XMLStreamWriter xml, String element, String message, CheckReport check)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", message);
        xml.writeAttribute("type", check.outcome().name());
        xml.writeCharacters(clean(details(check)));
        xml.writeEndElement();
    }

    /** The body of a failure or error: the expectation, then the last exchange and its curl command. */
    private static String details(CheckReport check) {
        Failure failure = check.failure();
        StringBuilder text = new StringBuilder(failure.expectation() == null ? "" : failure.expectation());
        if (!failure.exchanges().isEmpty()) {
            Exchange last = failure.exchanges().get(failure.exchanges().size() - 1);
            text.append("\n\n").append(last.method()).append(' ').append(last.url()).append(" -> HTTP ")
                    .append(last.status());
            if (last.responseBody() != null) {
                text.append('\n').append(last.responseBody());
            }
            text.append("\n\nreproduce: ").append(last.curl());
        }
        if (!failure.readings().isEmpty()) {
            text.append("\n\nreadings: ").append(String.join(", ", failure.readings().stream()
                    .map(org.aicnet.conformance.ledger.Reading::id).toList()));
        }
        return text.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** The text with every character XML 1.0 cannot hold (most control characters, lone surrogates) replaced. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else {
                cleaned.append(allowed ? c : '\uFFFD');
            }
        }
        return cleaned.toString();
    }

    /** Advisories as a test suite without test cases: properties and system-out, never a passed or failed check. */
    private static void advisories(XMLStreamWriter xml, ComplianceReport report) throws XMLStreamException {
        if (report.advisories().isEmpty()) {
            return;
        }
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "Advisories");
        counts(xml, new Tally(0, 0, 0, 0));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        for (java.util.Map.Entry<String, String> advisory : report.advisories().entrySet()) {
            xml.writeCharacters("\n      ");
            property(xml, "advisory: " + clean(advisory.getKey()), clean(advisory.getValue()));
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeStartElement("system-out");
        StringBuilder text = new StringBuilder(ReportWording.ADVISORIES).append('\n');
        report.advisories().forEach((topic, finding) -> text.append(topic).append(": ").append(finding).append('\n'));
        xml.writeCharacters(clean(text.toString()));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }
}
