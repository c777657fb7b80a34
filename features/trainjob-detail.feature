@clause:7.4.3
Feature: Training job detail (7.4.3, tables A.40 to A.45)
  GET /trainjob/{id} answers one of the user's training jobs: its metadata and status as created and listed, and its
  tasks, each telling where, on which image and spec, and with which command it runs.

  Background:
    Given the user is logged in

  @req:7.4.3-detail @req:A.40-endpoint @req:A.42-metadata @req:A.42-status @req:A.42-tasks @req:A.43-id
  @req:A.43-name @req:A.43-desc @req:A.43-createTime @req:A.43-userId
  @mandatory @destructive @slow
  Scenario: The detail of a job agrees with its creation and its entry in the list
    Given a training job that ran the succeeding command to its end
    When the user reads the job's detail
    Then the request succeeds
    And the answer has the shape of table A.42
    And the detail's metadata is the one the job was created with
    And the detail's metadata and status are those of the job's entry in the user's list of training jobs
    And the job has tasks, each with its own task id

  @req:A.44-centerId @req:A.44-centerName @req:A.44-taskId @req:A.44-image-one-of @req:A.44-command
  @req:A.44-specId @req:A.44-specName @req:A.44-specInfo @req:A.45-cpu @req:A.45-processor @req:A.45-memory
  @mandatory @destructive @slow
  Scenario: Each task tells where, on which image and spec, and with which command it runs
    Given a training job that ran the succeeding command to its end
    When the user reads the job's detail
    Then the request succeeds
    And the answer has the shape of table A.42
    And the job has tasks, each with its own task id
    And each task runs in the center the job named, under that center's name in the list of centers
    And each task names one image, the one the job was created with
    And each task runs the command the job was created with
    And each task names the spec the job was created with, with the name and resources the list of resource specs gives it

  @req:A.44-imageId @mandatory @destructive @slow
  Scenario: The task of a job created with an image id names that image
    Given a training job that ran the succeeding command to its end
    When the user reads the job's detail
    Then the request succeeds
    And each task names the image id the job was created with

  @req:A.44-image-other @optional @destructive @slow
  Scenario: An image url that the task of a job created with an image id shows, where the platform shows one, is that image's
    Given a training job that ran the succeeding command to its end
    When the user reads the job's detail
    Then the request succeeds
    And each task's image url, where the platform shows one, is the url of the image the job was created with

  @req:A.44-status @optional @destructive @slow
  Scenario: A task's own status, where the platform gives one, is a job state
    Given a training job that ran the succeeding command to its end
    When the user reads the job's detail
    Then the request succeeds
    And each task's own status, where the platform gives one, is a state of table 4

  @req:A.40-endpoint @req:A.41-id @req:B.1-0240 @mandatory
  Scenario: The detail of an unknown job is refused
    When the user reads the detail of an unknown training job
    Then the platform refuses it with error "0240"

  @req:7.4.3-other-users-job @mandatory @destructive @slow @needs-setup:second-user
  Scenario Outline: Another user's job is unknown to them: <action>
    Given a second user is logged in
    And a running training job
    When the second user <action>
    Then the platform refuses it with error "0240"
    And the job is still PENDING or RUNNING

    @req:A.41-id
    Examples: detail
      | action                                        |
      | reads the job's detail                        |

    @req:A.50-id
    Examples: stop
      | action                                        |
      | stops the job                                 |

    @req:A.53-id
    Examples: delete
      | action                                        |
      | deletes the job                               |

    @req:A.55-id
    Examples: download
      | action                                        |
      | downloads the job's results                   |

    @req:A.47-id
    Examples: log link
      | action                                        |
      | asks for the preview link of the job's task   |
