package org.aicnet.server.deviations;

import io.javalin.config.JavalinConfig;
import org.aicnet.server.auth.AuthRules;
import org.aicnet.server.config.NetworkConfig;
import org.aicnet.server.datasets.DatasetRules;
import org.aicnet.server.http.ErrorStyle;
import org.aicnet.server.http.QueryPolicy;
import org.aicnet.server.http.Route;
import org.aicnet.server.jobs.JobRules;
import org.aicnet.server.jobs.tasklogs.TaskLogRules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What the deviations of a server change, collected as each {@link Deviation} is applied in turn, starting from the
 * standard's objects: the edits of single routes, the query policies of list routes, the error style, the rules of
 * each route group, the configuration, and the settings and handlers of the HTTP stack.
 */
final class Hooks {

    private final RouteEdits routes = new RouteEdits();
    private final Map<Route, QueryPolicy> queries = new HashMap<>();
    private final List<Consumer<JavalinConfig>> javalin = new ArrayList<>();
    private ErrorStyle errors = ErrorStyle.STANDARD;
    private AuthRules auth = AuthRules.STANDARD;
    private JobRules jobs = JobRules.STANDARD;
    private TaskLogRules taskLogs = TaskLogRules.STANDARD;
    private DatasetRules datasets = DatasetRules.STANDARD;
    private UnaryOperator<NetworkConfig> config = UnaryOperator.identity();
    private JsonAnswers json = JsonAnswers.STANDARD;
    private String basePath = "";
    private int changes;

    /** The edits of single routes, to add to. */
    RouteEdits routes() {
        changes++;
        return routes;
    }

    void query(Route route, UnaryOperator<QueryPolicy> change) {
        changes++;
        queries.put(route, change.apply(query(route)));
    }

    void errors(UnaryOperator<ErrorStyle> change) {
        changes++;
        errors = change.apply(errors);
    }

    void auth(UnaryOperator<AuthRules> change) {
        changes++;
        auth = change.apply(auth);
    }

    void jobs(UnaryOperator<JobRules> change) {
        changes++;
        jobs = change.apply(jobs);
    }

    void taskLogs(UnaryOperator<TaskLogRules> change) {
        changes++;
        taskLogs = change.apply(taskLogs);
    }

    void datasets(UnaryOperator<DatasetRules> change) {
        changes++;
        datasets = change.apply(datasets);
    }

    void config(UnaryOperator<NetworkConfig> change) {
        changes++;
        UnaryOperator<NetworkConfig> before = config;
        config = configured -> change.apply(before.apply(configured));
    }

    /** A setting or a handler of every request, set up as Javalin is configured, in the order given. */
    void javalin(Consumer<JavalinConfig> setUp) {
        changes++;
        javalin.add(setUp);
    }

    void json(UnaryOperator<JsonAnswers> change) {
        changes++;
        json = change.apply(json);
    }

    void basePath(String path) {
        changes++;
        basePath = path;
    }

    /** How many changes the deviations applied so far made; each deviation makes one at least. */
    int changes() {
        return changes;
    }

    QueryPolicy query(Route route) {
        return queries.getOrDefault(route, QueryPolicy.STANDARD);
    }

    RouteEdits routeEdits() {
        return routes;
    }

    ErrorStyle errorStyle() {
        return errors;
    }

    AuthRules authRules() {
        return auth;
    }

    JobRules jobRules() {
        return jobs;
    }

    TaskLogRules taskLogRules() {
        return taskLogs;
    }

    DatasetRules datasetRules() {
        return datasets;
    }

    NetworkConfig configured(NetworkConfig configured) {
        return config.apply(configured);
    }

    String basePath() {
        return basePath;
    }

    /** The HTTP stack's settings and handlers: the base path first, the JSON rewriting last. */
    void configure(JavalinConfig javalinConfig) {
        if (!basePath.isEmpty()) {
            javalinConfig.router.contextPath = basePath;
        }
        javalin.forEach(setUp -> setUp.accept(javalinConfig));
        if (!json.equals(JsonAnswers.STANDARD)) {
            javalinConfig.routes.after(json);
        }
    }
}
