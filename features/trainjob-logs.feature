@clause:7.4.4
Feature: Training task logs (7.4.4, tables A.46 to A.48)
  GET /trainjob/{id}/tasks/{taskId}/logs/url answers a temporary link to the whole log of one task: a preview link
  (text/plain) or a download link (application/octet-stream). The link is meant for a browser: the suite opens it
  without a token (reading R-log-link).

  Background:
    Given the user is logged in

  @req:7.4.4-task-log @req:7.4.4-single-task @req:A.46-endpoint @req:A.48-logUrl @req:A.48-logUrl-content
  @mandatory @destructive @slow
  Scenario: The preview link of a task shows its log as text, without a token
    Given a training job that ran the succeeding command to its end
    Then the job has exactly one task
    When the user asks for the preview link of the job's task
    Then the request succeeds
    And the answer is a log link
    When the link is opened without a token
    Then the log is served as plain text, inline

  @req:7.4.4-single-task @req:A.48-logUrl @mandatory @destructive @slow
  Scenario: The log of a single-task job shows what its command wrote
    Given a training job that ran the succeeding command to its end
    When the user asks for the preview link of the job's task
    Then the answer is a log link
    When the link is opened without a token
    Then the log shows what the job's command wrote

  @req:A.46-endpoint @req:A.48-logUrl-content @mandatory @destructive @slow
  Scenario: The download link of a task serves its log as a file, without a token
    Given a training job that ran the succeeding command to its end
    When the user asks for the download link of the job's task
    Then the request succeeds
    And the answer is a log link
    When the link is opened without a token
    Then the log is served as a file to download

  @req:7.4.4-multi-task @req:A.42-tasks @mandatory @destructive @slow
  Scenario: Each task of a job on two nodes has its own log
    Given a training job on two nodes that ran the succeeding command to its end
    When the user reads the job's detail
    Then the job has 2 tasks, each with its own task id
    And each task of the job has its own link, which serves that task's log

  @req:A.47-contentType @req:B.1-0203 @mandatory @destructive @slow
  Scenario: A log link without a content type is refused
    Given a training job that ran the succeeding command to its end
    When the user asks for a log link of the job's task without a content type
    Then the platform refuses it with error "0203"

  @req:A.47-contentType-values @req:B.1-0202 @mandatory @destructive @slow
  Scenario: A log link of another content type is refused
    Given a training job that ran the succeeding command to its end
    When the user asks for a log link of the job's task with the content type "text/html"
    Then the platform refuses it with error "0202"

  @req:A.47-taskId @req:B.1-0241 @mandatory @destructive @slow
  Scenario: The log link of an unknown task is refused
    Given a training job that ran the succeeding command to its end
    When the user asks for the preview link of an unknown task of the job
    Then the platform refuses it with error "0241"

  @req:A.47-id @req:B.1-0240 @mandatory
  Scenario: The log link of a task of an unknown job is refused
    When the user asks for the preview link of a task of an unknown training job
    Then the platform refuses it with error "0240"

  @req:A.48-logUrl-tampered @mandatory @destructive @slow
  Scenario: A tampered log link is refused
    Given a training job that ran the succeeding command to its end
    And the preview link of the job's task
    When a tampered copy of the link is opened without a token
    Then the link is refused as tampered

  @req:A.48-logUrl-temporary @mandatory @destructive @slow @needs-setup:log-link-lifetime
  Scenario: An expired log link is refused
    Given a training job that ran the succeeding command to its end
    And the preview link of the job's task
    When the link is opened without a token once it has expired
    Then the link is refused as expired
