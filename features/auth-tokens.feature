@clause:7.2.1
Feature: Obtain a token (7.2.1, tables A.1-A.4)
  POST /auth/tokens takes the authentication method and the user's name and password and answers a temporary token
  and its expiry. The standard writes authMethod as ["password"] in a String field: the suite accepts the string or
  the array and records which one the platform took (R-auth-method). Each refused request has exactly one thing wrong.

  @mandatory @req:A.1-endpoint @req:A.4-token @req:A.4-expiresAt
  Scenario: A log-in with the user's name and password answers a token and its expiry
    When the user logs in with their name and password
    Then the request succeeds
    And the answer has the shape of table A.4
    And the platform serves a call that carries the token it answered

  @mandatory @req:A.4-expiresAt @req:7.2.1-token-temporary
  Scenario: The token is temporary: it expires, later than it was issued
    When the user logs in with their name and password
    Then the answer has the shape of table A.4
    And the token expires after it was issued

  @mandatory @req:A.2-authMethod-value
  Scenario: The password method is taken, as the string or as the array of A.2
    When the user logs in with their name and password
    Then the request succeeds

  @mandatory @req:A.2-authMethod-value
  Scenario: An authentication method other than password is refused
    When the user logs in with the authentication method "token"
    Then the platform refuses it with error "0202"

  @mandatory @req:A.2-authMethod
  Scenario: A log-in without the authentication method is refused
    When the user logs in without the authentication method
    Then the platform refuses it with error "0203"

  @mandatory @req:A.2-user
  Scenario: A log-in without the user is refused
    When the user logs in without the user
    Then the platform refuses it with error "0203"

  @mandatory @req:A.2-user
  Scenario: A user that is not an object is refused
    When the user logs in with a user that is not an object
    Then the platform refuses it with error "0201"

  @mandatory @req:A.3-name
  Scenario: A log-in without a user name is refused
    When the user logs in without a user name
    Then the platform refuses it with error "0203"

  @mandatory @req:A.3-password
  Scenario: A log-in without a password is refused
    When the user logs in without a password
    Then the platform refuses it with error "0203"

  @mandatory @req:A.3-password @req:B.1-0101-auth
  Scenario: A wrong password is refused
    When the user logs in with a wrong password
    Then the platform refuses it with error "0101"
    And the user can still log in with the right password

  @mandatory @req:B.1-0101-auth
  Scenario: A name no account has is refused
    When someone logs in with a name no account has
    Then the platform refuses it with error "0101"

  @mandatory @req:B.1-0103 @needs-setup:frozen-account
  Scenario: A frozen account cannot log in, even with its password
    When the frozen account logs in with its password
    Then the platform refuses it with error "0103"

  @mandatory @req:B.1-0103 @destructive @needs-setup:freeze-account
  Scenario: An account frozen by failed log-ins refuses the token it held before, and its password
    Given the throw-away account is logged in
    When the throw-away account logs in with a wrong password until the platform freezes it
    And the throw-away account calls the platform with the token it held before
    Then the platform refuses it with error "0103"
