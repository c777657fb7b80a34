@clause:7.4.5
Feature: Stop a training job (7.4.5, tables A.49 to A.51)
  POST /trainjob/{id}/stop stops a PENDING or RUNNING job: it answers the job's id, the status STOPPED and the time it
  stopped, and the job stays STOPPED. A job that has ended cannot be stopped (reading R-stop-rules).

  Background:
    Given the user is logged in

  @req:7.4.5-stop @req:A.49-endpoint @req:A.51-id @req:A.51-status @req:A.51-stoppedTime @req:6.3.4-stopped
  @mandatory @destructive
  Scenario: A running job is stopped and stays STOPPED
    Given a new training job running the long command
    When the user stops the job
    Then the request succeeds
    And the answer has the shape of table A.51
    And the answer names the job and the state STOPPED
    And the stop time is not before the job's creation time
    And the job stays STOPPED

  @req:7.4.5-stop-only-active @req:B.1-0202 @mandatory @destructive @slow
  Scenario Outline: A job that ended <state> cannot be stopped
    Given a training job that ended <state>
    When the user stops the job
    Then the platform refuses it with error "0202"

    Examples:
      | state     |
      | STOPPED   |
      | SUCCEEDED |
      | FAILED    |

  @req:A.49-endpoint @req:A.50-id @req:B.1-0240 @mandatory
  Scenario: Stopping an unknown job is refused
    When the user stops an unknown training job
    Then the platform refuses it with error "0240"
