@clause:7.4.6
Feature: Delete a training job (7.4.6, tables A.52 and A.53)
  DELETE /trainjob/{id} deletes a job that has ended (SUCCEEDED, FAILED, STOPPED or UNKNOWN): it answers 2xx without
  a body, and the job is gone. A PENDING or RUNNING job cannot be deleted (reading R-delete-rules).

  Background:
    Given the user is logged in

  @req:7.4.6-delete @req:A.52-endpoint @req:A.52-no-body @req:A.53-id @mandatory @destructive @slow
  Scenario: A job that has ended is deleted and is gone
    Given a new training job that ended SUCCEEDED
    When the user deletes the job
    Then the request succeeds without a body
    And the job is unknown to the platform
    And the job is not among the user's training jobs
    When the user deletes the job
    Then the platform refuses it with error "0240"

  @req:A.48-logUrl-deleted-job @mandatory @destructive @slow
  Scenario: The log link of a deleted job answers that the job does not exist
    Given a new training job that ended FAILED
    And the preview link of the job's task
    When the user deletes the job
    Then the request succeeds
    When the link is opened without a token
    Then the platform refuses it with error "0240"

  @req:7.4.6-delete-only-ended @req:B.1-0202 @mandatory @destructive @slow
  Scenario: A running job cannot be deleted
    Given a running training job
    When the user deletes the job
    Then the platform refuses it with error "0202"
    And the job is still PENDING or RUNNING

  @req:A.52-endpoint @req:A.53-id @req:B.1-0240 @mandatory
  Scenario: Deleting an unknown job is refused
    When the user deletes an unknown training job
    Then the platform refuses it with error "0240"
