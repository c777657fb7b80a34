@clause:7.4.7
Feature: Download the results of a training job (7.4.7, tables A.54 and A.55)
  GET /trainjob/{id}/download answers the output files of a finished job as a stream (application/octet-stream, an
  attachment); a job without results yet is refused with 0202 (reading R-download). Which jobs have output files is
  the platform's: the suite runs --result-command where one is configured, else it tries the job that ran the
  succeeding command.

  Background:
    Given the user is logged in

  @req:7.4.7-download @req:A.54-output-stream @mandatory @destructive @slow @needs-setup:result-command
  Scenario: The results of a finished job are served as a file
    Given a finished training job that has results
    When the user downloads the job's results
    Then the results are served as a file to download, not empty

  @req:7.4.7-no-result @req:A.54-endpoint @req:B.1-0202 @mandatory @destructive @slow
  Scenario: A running job has no results to download yet
    Given a running training job
    When the user downloads the job's results
    Then the platform refuses it with error "0202"

  @req:A.54-endpoint @req:A.55-id @req:B.1-0240 @mandatory
  Scenario: Downloading the results of an unknown job is refused
    When the user downloads the results of an unknown training job
    Then the platform refuses it with error "0240"
