package org.aicnet.conformance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.conformance.ledger.Reading;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.schemas.TableSchemas;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * compliance.json: the machine-readable report, run → clause → requirement → check, in the shape of
 * schemas/compliance-report.json. A check that covers several requirements appears under each of them.
 */
public final class ComplianceJson implements ReportFormat {

    public static final String FILE = "compliance.json";
    /** The schema of schemas/ this file conforms to. */
    public static final String SCHEMA = TableSchemas.COMPLIANCE_REPORT;
    /** Raised when the shape changes in a way a reader of an older report would misread. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String render(ComplianceReport report) {
        try {
            return JSON.writeValueAsString(tree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new ReportError("cannot write " + FILE + ": " + e.getOriginalMessage(), e);
        }
    }

    ObjectNode tree(ComplianceReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", org.aicnet.schemas.SchemaCatalog.ID_PREFIX + SCHEMA);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("standard", report.standard());
        ObjectNode kit = root.putObject("kit");
        kit.put("name", "aicnet conformance suite");
        kit.put("version", report.kitVersion());
        ObjectNode run = root.putObject("run");
        run.put("id", report.runId());
        run.put("platformUrl", report.platformUrl());
        run.put("started", report.started().toString());
        run.put("finished", report.finished().toString());
        run.put("durationMillis", Duration.between(report.started(), report.finished()).toMillis());
        root.put("verdict", report.verdictName());
        root.put("verdictAllChecks", report.verdictAllChecks().name());
        root.put("exitCode", report.exitCode());
        root.put("exitCodeMeaning", ReportWording.exitCode(report.exitCode()));
        ObjectNode completion = root.putObject("completion");
        completion.put("state", report.completion().state().name());
        completion.put("reason", report.completion().reason());
        ObjectNode jobs = root.putObject("jobs");
        jobs.put("submitted", report.jobUsage().jobsSubmitted());
        jobs.put("peakConcurrent", report.jobUsage().peakConcurrentJobs());
        jobs.put("maxJobs", report.jobUsage().maxJobs());
        jobs.put("acceleratorSeconds", report.jobUsage().acceleratorTime().toMillis() / 1000.0);
        report.jobUsage().acceleratorBudget().ifPresentOrElse(
                budget -> jobs.put("acceleratorBudgetSeconds", budget.toMillis() / 1000.0),
                () -> jobs.putNull("acceleratorBudgetSeconds"));
        root.put("rollUpRule", ReportWording.ROLL_UP);
        ObjectNode counts = root.putObject("counts");
        counts.set("checks", tally(report.totals().checks()));
        counts.set("mandatoryChecks", tally(report.totals().mandatoryChecks()));
        counts.set("optionalChecks", tally(report.totals().optionalChecks()));
        counts.set("requirements", tally(report.totals().requirements()));
        ObjectNode badge = root.putObject("badge");
        badge.put("passed", report.totals().mandatoryChecks().pass());
        badge.put("run", report.totals().mandatoryChecks().run());
        badge.put("counts", ReportWording.BADGE_COUNTS);
        ArrayNode causes = root.putArray("causes");
        report.causes().forEach(group -> causes.add(cause(group)));
        if (report.comparison().isPresent()) {
            root.set("previousRun", comparison(report.comparison().get()));
        } else {
            root.putNull("previousRun");
        }
        ArrayNode clauses = root.putArray("clauses");
        report.clauses().forEach(clause -> clauses.add(clause(clause)));
        ArrayNode unlinked = root.putArray("unlinkedChecks");
        report.unlinkedChecks().forEach(check -> unlinked.add(check(check)));
        strings(root.putArray("unknownRequirements"), report.unknownRequirements());
        strings(root.putObject("readingsChosen"), report.readingsChosen());
        strings(root.putArray("cleanupNotes"), report.cleanupNotes());
        strings(root.putObject("configuration"), report.configuration());
        strings(root.putObject("advisories"), report.advisories());
        return root;
    }

    private ObjectNode cause(CauseGroup group) {
        ObjectNode node = JSON.createObjectNode();
        node.put("cause", group.cause());
        node.put("kind", group.kind().key());
        node.put("count", group.checks().size());
        node.put("explainedBy", group.explaining().id());
        ArrayNode checks = node.putArray("checks");
        for (CheckReport check : group.checks()) {
            ObjectNode item = checks.addObject();
            item.put("id", check.id());
            item.put("outcome", check.outcome().name());
            item.put("couldNotJudge", group.blocked(check));
        }
        return node;
    }

    private ObjectNode comparison(RunComparison comparison) {
        ObjectNode node = JSON.createObjectNode();
        node.put("runId", comparison.previousRunId());
        node.put("started", comparison.previousStarted());
        node.set("newFailures", changes(comparison.newFailures()));
        node.set("fixed", changes(comparison.fixed()));
        node.set("noLongerJudged", changes(comparison.noLongerJudged()));
        node.put("stillFailing", comparison.stillFailing());
        return node;
    }

    private ArrayNode changes(List<RunComparison.Change> changes) {
        ArrayNode array = JSON.createArrayNode();
        for (RunComparison.Change change : changes) {
            ObjectNode item = array.addObject();
            item.put("id", change.id());
            item.put("name", change.name());
            item.put("before", change.before());
            item.put("now", change.now());
        }
        return array;
    }

    private ObjectNode clause(ClauseResult clause) {
        ObjectNode node = JSON.createObjectNode();
        node.put("clause", clause.id());
        if (clause.title() != null) {
            ObjectNode title = node.putObject("title");
            title.put("zh", clause.title().zh());
            title.put("en", clause.title().en());
        }
        node.put("outcome", clause.status().name());
        ObjectNode counts = node.putObject("counts");
        counts.set("requirements", tally(clause.requirementTally()));
        counts.set("checks", tally(clause.checkTally()));
        ArrayNode requirements = node.putArray("requirements");
        clause.requirements().forEach(requirement -> requirements.add(requirement(requirement)));
        return node;
    }

    private ObjectNode requirement(RequirementResult requirement) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", requirement.id());
        node.put("source", requirement.source());
        if (requirement.field() != null) {
            node.put("field", requirement.field());
        }
        ObjectNode text = node.putObject("text");
        text.put("zh", requirement.textZh());
        text.put("en", requirement.textEn());
        node.put("level", requirement.level().key());
        node.put("checkability", requirement.checkability().key());
        strings(node.putArray("readings"), requirement.readings().stream().map(Reading::id).toList());
        node.put("outcome", requirement.status().name());
        if (requirement.notChecked() != null) {
            ObjectNode notChecked = node.putObject("notChecked");
            notChecked.put("reason", requirement.notChecked().reason().key());
            notChecked.put("detail", requirement.notChecked().detail());
        }
        node.putObject("counts").set("checks", tally(requirement.checkTally()));
        ArrayNode checks = node.putArray("checks");
        requirement.checks().forEach(check -> checks.add(check(check)));
        return node;
    }

    private ObjectNode check(CheckReport check) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", check.id());
        node.put("feature", check.feature());
        node.put("name", check.name());
        node.put("level", check.mandatory() ? "mandatory" : "optional");
        node.put("outcome", check.outcome().name());
        node.put("message", check.message());
        node.put("durationMillis", check.durationMillis());
        strings(node.putArray("requirements"), check.requirements());
        strings(node.putArray("tags"), check.tags());
        if (check.failure() != null) {
            node.set("failure", failure(check.failure()));
        }
        return node;
    }

    private ObjectNode failure(Failure failure) {
        ObjectNode node = JSON.createObjectNode();
        node.put("expectation", failure.expectation());
        ArrayNode readings = node.putArray("readings");
        for (Reading reading : failure.readings()) {
            ObjectNode item = readings.addObject();
            item.put("id", reading.id());
            item.put("text", reading.text());
            item.put("why", reading.why());
        }
        ArrayNode exchanges = node.putArray("exchanges");
        failure.exchanges().forEach(exchange -> exchanges.add(exchange(exchange)));
        node.put("exchangesLeftOut", failure.exchangesLeftOut());
        node.put("curl", failure.curl());
        return node;
    }

    private ObjectNode exchange(Exchange exchange) {
        ObjectNode node = JSON.createObjectNode();
        ObjectNode request = node.putObject("request");
        request.put("method", exchange.method());
        request.put("url", exchange.url());
        strings(request.putObject("headers"), exchange.requestHeaders());
        request.put("body", exchange.requestBody());
        ObjectNode response = node.putObject("response");
        response.put("status", exchange.status());
        strings(response.putObject("headers"), exchange.responseHeaders());
        response.put("body", exchange.responseBody());
        node.put("millis", exchange.millis());
        node.put("curl", exchange.curl());
        return node;
    }

    private static ObjectNode tally(Tally tally) {
        ObjectNode node = JSON.createObjectNode();
        node.put("total", tally.total());
        node.put("run", tally.run());
        node.put("pass", tally.pass());
        node.put("fail", tally.fail());
        node.put("error", tally.error());
        node.put("skip", tally.skip());
        return node;
    }

    private static ObjectNode tally(RequirementTally tally) {
        ObjectNode node = JSON.createObjectNode();
        node.put("total", tally.total());
        node.put("pass", tally.pass());
        node.put("fail", tally.fail());
        node.put("error", tally.error());
        node.put("skip", tally.skip());
        node.put("notChecked", tally.notChecked());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void strings(ObjectNode object, Map<String, String> values) {
        values.forEach(object::put);
    }
}
