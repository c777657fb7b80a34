package org.aicnet.conformance.preflight;

import org.aicnet.conformance.KitError;
import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Authenticator;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.schemas.standard.ApiPaths;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the runner finds out before any check, so that a set-up the suite cannot use ends the run in seconds with
 * one line that says what to fix, instead of hundreds of FAILs or ERRORs: the base URL answers (TLS as its scheme
 * says), it answers a request without a token with JSON, and every configured user's credentials are accepted. Each
 * user is logged in once, never again after a refusal, so that a wrong password cannot freeze the account; the tokens
 * obtained are handed to the run. What a conforming platform would not do but a broken one may (an error body without
 * its code, a log-in answer without a token) does not stop the run: the checks judge it, and a note gives the hint.
 */
public final class Preflight {

    /** The longest a preflight request may take, whatever the request timeout: a bad set-up must end in seconds. */
    static final Duration MAX_WAIT = Duration.ofSeconds(8);

    /**
     * The result: the problem to fix, or the tokens of the users and the readings seen while logging in, with notes
     * on what looked wrong but is the checks' to judge (a broken platform must FAIL them, not stop the run).
     */
    public record Result(Optional<String> problem, Map<String, String> tokens, Map<String, String> readingsChosen,
                         List<String> notes) {

        public boolean passed() {
            return problem.isEmpty();
        }
    }

    private final SuiteConfig config;
    private final PlatformClient client;

    public Preflight(SuiteConfig config) {
        this.config = config;
        Duration wait = config.requestTimeout().compareTo(MAX_WAIT) < 0 ? config.requestTimeout() : MAX_WAIT;
        this.client = new PlatformClient(config, exchange -> { }, wait);
    }

    public Result run() {
        URI base = URI.create(config.baseUrl());
        Map<String, String> readings = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        try {
            ApiResponse tokenless = client.get(ApiPaths.CENTERS).send();
            Optional<String> body = notJson(tokenless);
            if (body.isPresent()) {
                return failed(body.get());
            }
            noCode(tokenless).ifPresent(notes::add);
            Map<String, String> tokens = new LinkedHashMap<>();
            Authenticator authenticator = new Authenticator(client, readings::put);
            for (Users.Entry user : Users.of(config)) {
                ApiResponse response = authenticator.login(user.credentials());
                Optional<String> token = response.status() / 100 == 2 ? Authenticator.tokenOf(response)
                        : Optional.empty();
                if (token.isPresent()) {
                    tokens.put(user.credentials().name(), token.get());
                } else if (response.status() == 401) {
                    // the credentials are refused: a set-up to fix; logging in again could freeze the account
                    return failed(refused(user, response));
                } else {
                    notes.add(refused(user, response));
                }
            }
            return new Result(Optional.empty(), tokens, readings, notes);
        } catch (KitError noAnswer) {
            return failed(ConnectionHint.of(base, noAnswer));
        }
    }

    /** A request without a token must draw JSON: anything else is no API of T/AI 123.8 (a web page, a proxy). */
    private Optional<String> notJson(ApiResponse response) {
        if (Json.parses(response)) {
            return Optional.empty();
        }
        String type = response.contentType().isEmpty() ? "no Content-Type" : response.contentType();
        return Optional.of("GET " + config.baseUrl() + ApiPaths.CENTERS + " answered HTTP " + response.status() + " "
                + type + ", not JSON: " + Setting.BASE_URL.flag() + " must be the base of the T/AI 123.8 API (the "
                + "paths " + ApiPaths.TOKENS + ", " + ApiPaths.CENTERS + " are relative to it)");
    }

    /** An error body without a business code where the kit reads it: the checks judge it, the note gives the hint. */
    private Optional<String> noCode(ApiResponse response) {
        if (response.status() / 100 == 2 || Json.errorCode(response).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("GET " + config.baseUrl() + ApiPaths.CENTERS + " without a token answered HTTP "
                + response.status() + " with no business code at " + config.errorCodePointer() + ": the error checks "
                + "will fail; if the platform puts the code elsewhere, give " + Setting.ERROR_CODE_POINTER.flag()
                + " its JSON pointer");
    }

    private String refused(Users.Entry user, ApiResponse response) {
        String code = Json.errorCode(response).map(found -> " code " + found).orElse("");
        String answer = "HTTP " + response.status() + code;
        String who = "log-in of " + user.role() + " '" + user.credentials().name() + "' ";
        if (response.status() / 100 == 2) {
            return who + "answered " + answer + " without a string 'token' (A.4): the suite cannot go on without one";
        }
        if (code.endsWith("0103")) {
            return who + "refused with " + answer + " (account frozen): unfreeze it on the platform or give another "
                    + "account in " + user.nameSetting().flag();
        }
        if (response.status() == 401) {
            return who + "refused with " + answer + ": check " + user.passwordSetting().flag() + " ("
                    + user.passwordSetting().environmentVariable() + "); the suite tried once, so it did not lock the "
                    + "account";
        }
        return who + "refused with " + answer + ": " + Exchange.cut(response.text());
    }

    private static Result failed(String problem) {
        return new Result(Optional.of(problem), Map.of(), Map.of(), List.of());
    }

    /** The users the run logs in as, with the settings that name them. */
    record Users() {

        record Entry(String role, Credentials credentials, Setting nameSetting, Setting passwordSetting) {
        }

        static List<Entry> of(SuiteConfig config) {
            List<Entry> users = new ArrayList<>();
            users.add(new Entry("user", config.primaryUser(), Setting.USER, Setting.PASSWORD));
            config.secondUser().ifPresent(user -> users.add(new Entry("second user", user, Setting.USER2,
                    Setting.PASSWORD2)));
            return users;
        }
    }
}
