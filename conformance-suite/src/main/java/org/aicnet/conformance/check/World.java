package org.aicnet.conformance.check;

import org.aicnet.conformance.config.Credentials;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Authenticator;
import org.aicnet.conformance.platform.PlatformClient;
import org.aicnet.conformance.run.RunContext;
import org.opentest4j.TestAbortedException;

import java.util.HashMap;
import java.util.Map;

/**
 * The state of one check (one scenario), shared by its step classes through PicoContainer: the run's context, a
 * client whose exchanges become this check's evidence, the last response, and what earlier steps found out.
 */
public final class World {

    private RunContext run;
    private String evidenceId;
    private boolean fixture;
    private PlatformClient client;
    private Authenticator authenticator;
    private ApiResponse response;
    private final Map<String, Object> facts = new HashMap<>();

    /** Binds the world to its scenario; called by the steps' hooks before the first step. */
    public void begin(String scenarioId) {
        bind(RunContext.current(), scenarioId);
    }

    /**
     * A world of no check, for preparing a job several checks share (in a thread of its own): its exchanges are kept
     * under {@code evidenceId}, and the checks that use the job carry them.
     */
    public static World forFixture(RunContext run, String evidenceId) {
        World world = new World();
        world.fixture = true;
        world.bind(run, evidenceId);
        return world;
    }

    /** A world of no check whose exchanges are kept nowhere: the kit's own looks (room for a job, a release). */
    public static World unrecorded(RunContext run) {
        World world = new World();
        world.fixture = true;
        world.bind(run, null);
        return world;
    }

    private void bind(RunContext context, String evidenceId) {
        this.run = context;
        this.evidenceId = evidenceId;
        client = new PlatformClient(run.config(), evidenceId == null ? exchange -> { }
                : run.evidenceOf(evidenceId)::add, this::renewedToken);
        authenticator = new Authenticator(client, run::recordReading);
    }

    /** Whether this world prepares a shared job rather than runs a check. */
    public boolean ofFixture() {
        return fixture;
    }

    /** Exchanges made for this check elsewhere (preparing a shared job), added to its evidence. */
    public void addEvidence(java.util.List<org.aicnet.conformance.platform.Exchange> exchanges) {
        if (evidenceId != null) {
            run.evidenceOf(evidenceId).addAll(exchanges);
        }
    }

    public RunContext run() {
        return run;
    }

    public SuiteConfig config() {
        return run.config();
    }

    public PlatformClient client() {
        return client;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    /** A token of the user, logged in once per run. */
    public String tokenOf(Credentials user) {
        return run.tokens().computeIfAbsent(user.name(), name -> authenticator.token(user));
    }

    /** Reading "the suite's own token": a new log-in for a token of the run's that has expired; none for others. */
    private java.util.Optional<String> renewedToken(String stale) {
        return run.ownerOfToken(stale).flatMap(name -> knownUsers().stream()
                .filter(user -> user.name().equals(name)).findFirst())
                .map(user -> run.renewToken(user.name(), stale, () -> authenticator.token(user)));
    }

    private java.util.List<Credentials> knownUsers() {
        java.util.List<Credentials> users = new java.util.ArrayList<>();
        users.add(config().primaryUser());
        config().secondUser().ifPresent(users::add);
        return users;
    }

    /** The primary user's token. */
    public String token() {
        return tokenOf(config().primaryUser());
    }

    /** The second user, or a SKIP with the reason when none is configured. */
    public Credentials secondUser() {
        return config().secondUser().orElseThrow(() -> new TestAbortedException(
                "no second user configured (--user2/--password2): the isolation checks need one"));
    }

    /** SKIP with the reason when the run may create nothing on the platform. */
    public void requireDestructive() {
        if (config().nonDestructive()) {
            throw new TestAbortedException("non-destructive mode: this check would create something on the platform");
        }
    }

    public ApiResponse response() {
        if (response == null) {
            throw new IllegalStateException("kit defect: a step reads the response before any request was sent");
        }
        return response;
    }

    public ApiResponse respond(ApiResponse response) {
        this.response = response;
        return response;
    }

    public void remember(String name, Object value) {
        facts.put(name, value);
    }

    @SuppressWarnings("unchecked")
    public <T> T recall(String name) {
        Object value = facts.get(name);
        if (value == null) {
            throw new IllegalStateException("kit defect: nothing remembered as '" + name + "'");
        }
        return (T) value;
    }

    public boolean knows(String name) {
        return facts.containsKey(name);
    }
}
