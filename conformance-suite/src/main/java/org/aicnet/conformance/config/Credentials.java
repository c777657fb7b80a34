package org.aicnet.conformance.config;

/** A user name and password of the platform under test; the password never appears in a report. */
public record Credentials(String name, String password) {

    @Override
    public String toString() {
        return "Credentials[name=" + name + ", password=" + SuiteConfig.REDACTED + "]";
    }
}
