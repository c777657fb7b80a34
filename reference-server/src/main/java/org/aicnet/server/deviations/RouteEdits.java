package org.aicnet.server.deviations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import org.aicnet.server.http.ApiException;
import org.aicnet.server.http.Json;
import org.aicnet.server.http.Route;
import org.aicnet.server.http.RouteDecorator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes of single routes of annex A, collected at start-up from the {@link Deviation}s: what a
 * route answers on success ({@link AnswerEdit}), which error it answers ({@link ErrorEdit}), which roles it carries.
 * The handler of a route that nothing touches is registered as it is; only a touched route runs through
 * {@link EditedHandler}.
 */
final class RouteEdits implements RouteDecorator {

    private final Map<Route, List<AnswerEdit>> answers = new HashMap<>();
    private final Map<Route, List<ErrorEdit>> errors = new HashMap<>();
    private final Map<Route, RouteRole[]> roles = new HashMap<>();

    @Override
    public Handler handler(Route route, Handler handler) {
        List<AnswerEdit> answerEdits = answers.getOrDefault(route, List.of());
        List<ErrorEdit> errorEdits = errors.getOrDefault(route, List.of());
        if (answerEdits.isEmpty() && errorEdits.isEmpty()) {
            return handler;
        }
        return new EditedHandler(handler, answerEdits, errorEdits);
    }

    @Override
    public RouteRole[] roles(Route route, RouteRole[] declared) {
        return roles.getOrDefault(route, declared);
    }

    void answer(Route route, AnswerEdit edit) {
        answers.computeIfAbsent(route, key -> new ArrayList<>()).add(edit);
    }

    void body(Route route, BodyEdit edit) {
        answer(route, ctx -> {
            ObjectNode body = (ObjectNode) Json.MAPPER.readTree(ctx.result());
            edit.apply(body);
            ctx.result(Json.MAPPER.writeValueAsString(body));
        });
    }

    void error(Route route, ErrorEdit edit) {
        errors.computeIfAbsent(route, key -> new ArrayList<>()).add(edit);
    }

    void replaceRoles(Route route, RouteRole[] replaced) {
        roles.put(route, replaced);
    }

    static void each(ObjectNode body, String arrayField, BodyEdit edit) {
        for (JsonNode item : body.get(arrayField)) {
            edit.apply((ObjectNode) item);
        }
    }

    /** Whether no route is changed. */
    boolean isEmpty() {
        return answers.isEmpty() && errors.isEmpty() && roles.isEmpty();
    }

    /** A change of a successful answer, made after the route's handler. */
    @FunctionalInterface
    interface AnswerEdit {
        void apply(Context ctx) throws Exception;
    }

    /** A change of a JSON answer's body. */
    @FunctionalInterface
    interface BodyEdit {
        void apply(ObjectNode body);
    }

    /** Another error in place of the one the route's handler raised. */
    @FunctionalInterface
    interface ErrorEdit {
        ApiException apply(ApiException raised);
    }

    /** A route's handler with its edits around it. */
    private record EditedHandler(Handler handler, List<AnswerEdit> answerEdits, List<ErrorEdit> errorEdits)
            implements Handler {

        @Override
        public void handle(Context ctx) throws Exception {
            try {
                handler.handle(ctx);
            } catch (ApiException raised) {
                ApiException answered = raised;
                for (ErrorEdit edit : errorEdits) {
                    answered = edit.apply(answered);
                }
                throw answered;
            }
            for (AnswerEdit edit : answerEdits) {
                edit.apply(ctx);
            }
        }
    }
}
