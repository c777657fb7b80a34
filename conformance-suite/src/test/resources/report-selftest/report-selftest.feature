# The kit's own test of its reports (ReportOfARealRunTest): real checks against the reference server, one of each
# outcome, run with the glue of org.aicnet.conformance.report.selftest. Not part of the suite a vendor runs.
Feature: Report self-test against the reference server

  @req:A.1-endpoint @req:A.4-token @mandatory
  Scenario: The user logs in and gets a token
    Given the user is logged in
    Then the token is kept for the secrets check

  @req:6.2-unknown-route @mandatory
  Scenario: An unknown path is answered 404
    When the client sends GET "/no/such/path" with the user's token
    Then the answer has HTTP status 404

  @req:6.2-wrong-method @mandatory
  Scenario: A deliberately wrong expectation fails with its evidence
    When the client sends DELETE "/auth/tokens" with the user's token
    Then the answer has HTTP status 200

  @req:7.2.1-token-required @mandatory
  Scenario: A failure that quotes the token is reported without it
    When the client sends GET "/centers" with the user's token
    Then the check fails quoting the token

  @req:B.1-0102 @mandatory
  Scenario: A check that needs a second user skips without one
    Given a second user

  @req:B.1-errorMsg @optional
  Scenario: A step the kit does not define is an error
    When the kit does something it has no step for
