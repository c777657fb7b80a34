@clause:6.2
Feature: REST over HTTP with JSON bodies (6.2)
  Each resource of annex A is reached at its path, relative to the platform's base URL, with the method annex A gives
  it (R-paths); success and failure are told by the HTTP status (R-success-status, table B.1); bodies are JSON
  (R-media-type). A path annex A does not define answers 404, a method it does not give a path 405 with Allow, both
  with the error body (R-unknown-route: the suite does not judge which code that body carries).

  Background:
    Given the user is logged in

  @mandatory @req:6.2-rest @req:6.2-json
  Scenario Outline: To <operation> the user reaches its path of annex A with its method, and gets JSON back
    When the user tries to <operation> with their token
    Then the request succeeds
    And the answer is JSON in UTF-8

    Examples:
      | operation                  |
      | list the computing centers |
      | list the resource specs    |
      | ask for the idle resources |
      | list the images            |
      | list the datasets          |
      | list the training jobs     |

  @mandatory @req:6.2-rest @req:6.2-json
  Scenario: A refused request is told by its HTTP status, with a JSON body
    When the user logs in without the user
    Then the platform refuses it with error "0203"
    And the answer is JSON in UTF-8

  @mandatory @req:6.2-unknown-route
  Scenario: A path annex A does not define is answered 404 with the error body
    When the user asks for a path annex A does not define
    Then the platform answers 404 with an error body

  @mandatory @req:6.2-wrong-method
  Scenario Outline: <method> on the path to <operation> is answered 405, with Allow naming the method of annex A
    When the user tries to <operation> with the method <method>
    Then the platform answers 405 with an error body
    And the Allow header names the method to <operation>

    Examples:
      | operation                    | method |
      | log in                       | GET    |
      | list the computing centers   | DELETE |
      | list the resource specs      | POST   |
      | ask for the idle resources   | PUT    |
      | list the images              | DELETE |
      | list the datasets            | PUT    |
      | upload a dataset             | GET    |
      | list the training jobs       | PUT    |
      | create an online service job | GET    |
