package org.aicnet.conformance.robustness;

import org.aicnet.conformance.platform.ApiResponse;
import org.aicnet.conformance.platform.Expect;

import java.util.ArrayList;
import java.util.List;

/** Judges the answers to an endpoint's malformed requests together, so that one finding lists every bad answer. */
public final class Refusals {

    /** A malformed request and the platform's answer to it. */
    public record Answer(Malformed request, ApiResponse response) {
    }

    private Refusals() {
    }

    /** Fails the check, naming each request, unless every answer is a refusal {@link Expect#refusal} accepts. */
    public static void judge(List<Answer> answers, String codePointer) {
        if (answers.isEmpty()) {
            throw new IllegalStateException("kit defect: no malformed request was derived for the endpoint");
        }
        List<String> findings = new ArrayList<>();
        for (Answer answer : answers) {
            try {
                Expect.refusal(answer.response(), answer.request().codes(), codePointer);
            } catch (AssertionError wrong) {
                findings.add(answer.request() + ": " + wrong.getMessage());
            }
        }
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " of " + answers.size()
                    + " malformed requests were not refused as table B.1 and reading R-no-input-harm ask:\n  "
                    + String.join("\n  ", findings));
        }
    }
}
