@clause:7.4.1
Feature: Create a training job (7.4.1, tables A.30 to A.34)
  POST /trainjob submits a training job: a name, an optional description, and a config naming the centers, the
  resource spec, the node count, the image and the command. The suite takes the center, the spec and the image from
  the platform's own lists, and provokes each refusal of table B.1 with a request that has that one fault
  (reading R-several-errors).

  Background:
    Given the user is logged in

  @req:7.4.1-create @req:A.30-endpoint @req:A.33-metadata @req:A.33-status @req:A.34-id @req:A.34-name
  @req:A.34-desc @req:A.34-createTime @req:A.34-userId @req:A.31-jobName-length
  @mandatory @destructive
  Scenario: A training job is created from the platform's own centers, specs and images
    When the user creates a training job with a name of 64 characters and a description, running the succeeding command
    Then the request succeeds
    And the answer has the shape of table A.33
    And the job has the name it was given
    And the job has the description it was given
    And the job is PENDING or RUNNING
    And the job carries the same user id as the user's other training jobs
    And the job is among the user's training jobs

  @req:7.4.1-center-or-scheduler @mandatory @destructive @slow
  Scenario: A training job may name its center or leave the choice to the scheduler
    Given a training job that ran the succeeding command to its end
    When the user reads the job's detail
    Then each task runs in one of the centers the job named
    When the user creates a training job without naming a center
    Then the request succeeds
    And the answer has the shape of table A.33

  @req:A.31-jobName @req:B.1-0203 @mandatory @destructive
  Scenario: A training job without a name is refused
    When the user submits a training job without a name
    Then the platform refuses it with error "0203"

  @req:A.31-jobName @req:B.1-0201 @mandatory @destructive
  Scenario: A training job whose name is no string is refused
    When the user submits a training job whose name is the number 42
    Then the platform refuses it with error "0201"

  @req:A.31-jobName-pattern @req:B.1-0205 @mandatory @destructive
  Scenario Outline: A training job whose name holds <what> is refused
    When the user submits a training job whose name contains "<characters>"
    Then the platform refuses it with error "0205"

    Examples:
      | what                | characters |
      | a space             | a b        |
      | a dot               | a.b        |
      | a slash             | a/b        |
      | Chinese characters  | 作业        |

  @req:A.31-jobName-length @req:B.1-0206 @mandatory @destructive
  Scenario Outline: A training job whose name has <length> characters is refused
    When the user submits a training job whose name is <length> characters long
    Then the platform refuses it with error "0206"

    Examples:
      | length |
      | 0      |
      | 65     |

  @req:B.1-0207 @mandatory @destructive
  Scenario: A training job whose description is longer than 256 characters is refused
    When the user submits a training job whose description is 257 characters long
    Then the platform refuses it with error "0207"

  @req:A.31-config @req:B.1-0203 @mandatory @destructive
  Scenario: A training job without a config is refused
    When the user submits a training job without a config
    Then the platform refuses it with error "0203"

  @req:A.31-config @req:B.1-0201 @mandatory @destructive
  Scenario: A training job whose config is no object is refused
    When the user submits a training job whose config is the text "gpu"
    Then the platform refuses it with error "0201"

  @req:A.32-specId @req:B.1-0203 @mandatory @destructive
  Scenario: A training job without a spec is refused
    When the user submits a training job without a spec
    Then the platform refuses it with error "0203"

  @req:A.32-specId @req:B.1-0211 @mandatory @destructive
  Scenario: A training job on an unknown spec is refused
    When the user submits a training job naming an unknown spec
    Then the platform refuses it with error "0211"

  @req:B.1-0210 @mandatory @destructive
  Scenario: A training job in an unknown center is refused
    When the user submits a training job naming an unknown center
    Then the platform refuses it with error "0210"

  @req:B.1-0210 @mandatory @destructive
  Scenario: A training job in a disconnected center is refused
    When the user submits a training job naming a disconnected center
    Then the platform refuses it with error "0210"

  @req:A.32-image-one-of @req:B.1-0220 @mandatory @destructive
  Scenario: A training job without an image is refused
    When the user submits a training job without an image
    Then the platform refuses it with error "0220"

  @req:B.1-0221 @mandatory @destructive
  Scenario: A training job on an unknown image is refused
    When the user submits a training job naming an unknown image
    Then the platform refuses it with error "0221"

  @req:B.1-0204 @mandatory @destructive
  Scenario: A training job on no node is refused
    When the user submits a training job whose node count is the number 0
    Then the platform refuses it with error "0204"

  @req:B.1-0208 @mandatory @destructive
  Scenario: A training job named like another training job of the user is refused
    When the user submits a training job named like one of the user's training jobs
    Then the platform refuses it with error "0208"

  @req:A.32-image-one-of @mandatory @destructive @slow
  Scenario: A training job given both an image id and an image url runs the image id
    When the user creates a training job naming both an image id and an image url
    Then the request succeeds
    When the user reads the job's detail
    Then the request succeeds
    And each task names the image id the job was created with

  @req:A.31-jobDesc @req:A.31-jobDesc-length @mandatory @destructive
  Scenario: A description of 256 characters is kept, one of 257 is refused
    When the user creates a training job with a description of 256 characters
    Then the request succeeds
    And the job has the description it was given
    When the user submits a training job whose description is 257 characters long
    Then the platform refuses it with error "0207"

  @req:A.31-jobDesc-default @mandatory @destructive
  Scenario: A training job created without a description has an empty one
    Given a training job created without a description or a node count
    Then the job's description is empty

  @req:A.32-centerId @mandatory @destructive @slow
  Scenario: A training job runs in a center it names, and an empty list of centers leaves the choice to the scheduler
    Given a training job that ran the succeeding command to its end
    When the user reads the job's detail
    Then each task runs in one of the centers the job named
    When the user creates a training job with an empty list of centers
    Then the request succeeds

  @req:A.32-centerId @mandatory @destructive
  Scenario: A training job in an unknown center is refused with 0210
    When the user submits a training job naming an unknown center
    Then the platform refuses it with error "0210"

  @req:A.32-nodeCount @mandatory @destructive
  Scenario Outline: A training job whose node count is the text "<text>", no integer, is refused
    When the user submits a training job whose node count is the text "<text>"
    Then the platform refuses it with error "0201"

    Examples: a word, and digits sent as a String (R-wrong-type: A.32 types nodeCount Integer)
      | text |
      | one  |
      | 2    |

  @req:A.32-nodeCount @mandatory @destructive @slow
  Scenario: A training job on two nodes runs two tasks
    Given a training job on two nodes that ran the succeeding command to its end
    When the user reads the job's detail
    Then the request succeeds
    And the job has 2 tasks, each with its own task id

  @req:A.32-nodeCount-default @mandatory @destructive
  Scenario: A training job created without a node count runs on one node
    Given a training job created without a description or a node count
    When the user reads the job's detail
    Then the request succeeds
    And the job has 1 task, each with its own task id

  @req:A.32-nodeCount-range @mandatory @destructive
  Scenario Outline: A training job on <nodes> is refused
    When the user submits a training job whose node count is <count>
    Then the platform refuses it with error "0204"

    Examples:
      | nodes                                | count                                |
      | no node                              | the number 0                         |
      | more nodes than any platform can place | more than any platform can place   |

  @req:A.32-imageId @mandatory @destructive @slow
  Scenario: A training job runs the image id it names, and an unknown image id is refused
    Given a training job that ran the succeeding command to its end
    When the user reads the job's detail
    Then each task names the image id the job was created with
    When the user submits a training job naming an unknown image
    Then the platform refuses it with error "0221"

  @req:A.32-imageUrl @req:A.44-imageUrl @mandatory @destructive @needs-setup:image-url
  Scenario: A training job runs the public image url it names
    When the user creates a training job from the configured image url
    Then the request succeeds
    When the user reads the job's detail
    Then the request succeeds
    And each task names the image url the job was created with

  @req:A.44-image-other @optional @destructive @needs-setup:image-url
  Scenario: An image id that the task of a job created with an image url shows, where the platform shows one, is a listed image
    When the user creates a training job from the configured image url
    Then the request succeeds
    When the user reads the job's detail
    Then the request succeeds
    And each task's image id, where the platform shows one, is an image of the list of images with that url

  @req:A.32-command @mandatory @destructive @slow
  Scenario: A training job runs the command it names
    Given a training job that ran the succeeding command to its end
    When the user reads the job's detail
    Then each task runs the command the job was created with
