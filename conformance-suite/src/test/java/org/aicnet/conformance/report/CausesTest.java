package org.aicnet.conformance.report;

import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.run.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How failed and errored checks are grouped by cause, and which check of a group explains the others. */
class CausesTest {

    private static final String SHAPE = "the body does not have the shape of centers-response.json: ";
    private static final Exchange LISTING = SampleRun.exchange("GET", "/centers", 200, "{\"centers\":[{}]}");

    @Test
    void theFirstSchemaViolationGroupsEveryCheckItBreaksWhateverTheIndex() {
        CheckReport first = check("centers:11", Outcome.FAIL, SHAPE + "/centers/3/province: must be at least 1 "
                + "characters long", LISTING);
        CheckReport second = check("centers:18", Outcome.FAIL, SHAPE + "/centers/0/province: must be at least 1 "
                + "characters long; /centers/0/city: must be at least 1 characters long", LISTING);
        CheckReport blocked = check("images:54", Outcome.ERROR, "cannot read the computing centers: " + SHAPE
                + "/centers/1/province: must be at least 1 characters long",
                SampleRun.exchange("GET", "/centers?page=2", 200, "{}"));
        List<CauseGroup> causes = Causes.of(List.of(first, second, blocked));
        assertEquals(1, causes.size(), causes.toString());
        CauseGroup group = causes.get(0);
        assertEquals(Causes.Kind.SHAPE, group.kind());
        assertEquals(SHAPE + "/centers/{i}/province: must be at least 1 characters long", group.cause());
        assertEquals(first, group.explaining());
        assertEquals(List.of(second, blocked), group.following());
        assertFalse(group.blocked(second), "a FAIL judged the answer itself");
        assertTrue(group.blocked(blocked), "an ERROR after the explaining check could not judge because of it");
    }

    @Test
    void anErrorThatGotTheAnswerAnEarlierFailureGotJoinsThatFailure() {
        Exchange wrong = SampleRun.exchange("GET", "/resource-specs", 200, "{\"specs\":\"not a list\"}");
        CheckReport failure = check("resource-specs:26", Outcome.FAIL, "expected every spec to name its center",
                wrong);
        CheckReport error = check("resource-specs:36", Outcome.ERROR, "cannot pick a spec to filter by", LISTING,
                wrong);
        CheckReport other = check("images:3", Outcome.ERROR, "cannot pick an image", LISTING);
        List<CauseGroup> causes = Causes.of(List.of(failure, error, other));
        assertEquals(2, causes.size(), causes.toString());
        assertEquals(List.of(failure, error), causes.get(0).checks());
        assertTrue(causes.get(0).blocked(error));
        assertEquals(List.of(other), causes.get(1).checks());
    }

    @Test
    void theSameExpectationGroupsChecksWithoutTheAnswersTheyQuote() {
        String expectation = "expected HTTP 400 with error code 0204 (table B.1), got HTTP 200";
        CheckReport first = check("centers:40", Outcome.FAIL, expectation + ": {\"totalSize\":0}",
                SampleRun.exchange("GET", "/centers?pageSize=0", 200, "{\"totalSize\":0}"));
        CheckReport second = check("images:40", Outcome.FAIL, expectation + ": {\"images\":[]}",
                SampleRun.exchange("GET", "/images?pageSize=0", 200, "{\"images\":[]}"));
        CheckReport apart = check("auth:20", Outcome.FAIL, "expected HTTP 401 with error code 0101 (table B.1), got "
                + "HTTP 200: {}", SampleRun.exchange("GET", "/centers", 200, "{}"));
        List<CauseGroup> causes = Causes.of(List.of(first, apart, second));
        assertEquals(List.of(expectation, "expected HTTP 401 with error code 0101 (table B.1), got HTTP 200"),
                causes.stream().map(CauseGroup::cause).toList(), "in the order their first check ran");
        assertEquals(Causes.Kind.MESSAGE, causes.get(0).kind());
        assertEquals(List.of(first, second), causes.get(0).checks());
    }

    @Test
    void everyFailureOfTheSampleRunIsInExactlyOneGroup() {
        ComplianceReport report = SampleRun.report();
        List<CheckReport> grouped = report.causes().stream().flatMap(group -> group.checks().stream()).toList();
        assertEquals(report.failures().size(), grouped.size());
        assertTrue(grouped.containsAll(report.failures()));
    }

    private static CheckReport check(String id, Outcome outcome, String message, Exchange... exchanges) {
        return new CheckReport(id, "Feature", "check " + id, true, outcome, message, 10, List.of("A.8-province"),
                List.of("@mandatory"), new Failure(message, List.of(), List.of(exchanges), 0));
    }
}
