@clause:7.4.8
Feature: Create an online service job (7.4.8, tables A.56 to A.60)
  POST /onlineJob deploys a service: the same config as a training job plus the service's port (reading
  R-online-port); the answer carries the absolute address of the service. Online jobs are no training jobs: they are
  not listed under /trainjob, and their names are judged among online jobs only (reading R-online-job). Annex A has
  no way to stop or delete an online job: the suite creates few, and the run's report lists those it left running.
  Their command is --service-command (default: the long command).

  Background:
    Given the user is logged in

  @req:7.4.8-create @req:A.56-endpoint @req:A.59-metadata @req:A.59-status @req:A.60-id @req:A.60-name
  @req:A.60-desc @req:A.60-createTime @req:A.60-url
  @mandatory @destructive @slow
  Scenario: An online job is created and its service answers at its address
    When the user creates an online job
    Then the request succeeds
    And the answer has the shape of table A.59
    And the job has the name it was given
    And the job's description is empty
    And the online service answers at the job's address

  @req:7.4.8-center-or-scheduler @mandatory @destructive
  Scenario: An online job may name its center or leave the choice to the scheduler
    Given an online job of the user that names its center
    When the user creates an online job without naming a center
    Then the request succeeds
    And the answer has the shape of table A.59

  @req:7.4.8-own-namespace @req:B.1-0208 @mandatory @destructive
  Scenario: Online jobs are no training jobs: their own names, not in the list of training jobs
    When the user creates an online job named like one of the user's training jobs
    Then the request succeeds
    And the job is not among the user's training jobs
    When the user submits an online job named like one of the user's online jobs
    Then the platform refuses it with error "0208"

  @req:A.57-jobName @req:B.1-0203 @mandatory @destructive
  Scenario: An online job without a name is refused
    When the user submits an online job without a name
    Then the platform refuses it with error "0203"

  @req:A.57-jobName @req:B.1-0201 @mandatory @destructive
  Scenario: An online job whose name is no string is refused
    When the user submits an online job whose name is the number 42
    Then the platform refuses it with error "0201"

  @req:A.57-jobName-pattern @req:B.1-0205 @mandatory @destructive
  Scenario Outline: An online job whose name holds <what> is refused
    When the user submits an online job whose name contains "<characters>"
    Then the platform refuses it with error "0205"

    Examples:
      | what               | characters |
      | a space            | a b        |
      | Chinese characters | 服务        |

  @req:A.57-jobName-length @req:B.1-0206 @mandatory @destructive
  Scenario Outline: An online job whose name has <length> characters is refused
    When the user submits an online job whose name is <length> characters long
    Then the platform refuses it with error "0206"

    Examples:
      | length |
      | 0      |
      | 65     |

  @req:B.1-0207 @mandatory @destructive
  Scenario: An online job whose description is longer than 256 characters is refused
    When the user submits an online job whose description is 257 characters long
    Then the platform refuses it with error "0207"

  @req:A.57-config @req:B.1-0203 @mandatory @destructive
  Scenario: An online job without a config is refused
    When the user submits an online job without a config
    Then the platform refuses it with error "0203"

  @req:A.57-config @req:B.1-0201 @mandatory @destructive
  Scenario: An online job whose config is no object is refused
    When the user submits an online job whose config is the text "gpu"
    Then the platform refuses it with error "0201"

  @req:A.58-specId @req:B.1-0203 @mandatory @destructive
  Scenario: An online job without a spec is refused
    When the user submits an online job without a spec
    Then the platform refuses it with error "0203"

  @req:A.58-specId @req:B.1-0211 @mandatory @destructive
  Scenario: An online job on an unknown spec is refused
    When the user submits an online job naming an unknown spec
    Then the platform refuses it with error "0211"

  @req:B.1-0210 @mandatory @destructive
  Scenario: An online job in a disconnected center is refused
    When the user submits an online job naming a disconnected center
    Then the platform refuses it with error "0210"

  @req:A.58-image-one-of @req:B.1-0220 @mandatory @destructive
  Scenario: An online job without an image is refused
    When the user submits an online job without an image
    Then the platform refuses it with error "0220"

  @req:B.1-0204 @mandatory @destructive
  Scenario: An online job on no node is refused
    When the user submits an online job whose node count is the number 0
    Then the platform refuses it with error "0204"

  @req:A.57-jobDesc @req:A.57-jobDesc-length @req:A.58-port @req:A.58-command @req:A.58-imageId
  @req:A.58-nodeCount-default @mandatory @destructive
  Scenario: An online job takes a description of 256 characters, a port, a command and an image id, its node count left out
    When the user creates an online job with a description of 256 characters, serving on port 8081
    Then the request succeeds
    And the answer has the shape of table A.59
    And the job has the description it was given

  @req:A.57-jobDesc-default @mandatory @destructive
  Scenario: An online job created without a description has an empty one
    Given an online job of the user that names its center
    Then the job's description is empty

  @req:A.57-jobDesc-length @mandatory @destructive
  Scenario: An online job whose description has 257 characters is refused
    When the user submits an online job whose description is 257 characters long
    Then the platform refuses it with error "0207"

  @req:A.58-centerId @mandatory @destructive
  Scenario: An online job in an unknown center is refused
    When the user submits an online job naming an unknown center
    Then the platform refuses it with error "0210"

  @req:A.58-imageId @mandatory @destructive
  Scenario: An online job on an unknown image is refused
    When the user submits an online job naming an unknown image
    Then the platform refuses it with error "0221"

  @req:A.58-nodeCount @mandatory @destructive
  Scenario Outline: An online job whose node count is the text "<text>", no integer, is refused
    When the user submits an online job whose node count is the text "<text>"
    Then the platform refuses it with error "0201"

    Examples: a word, and digits sent as a String (R-wrong-type: A.32 types nodeCount Integer)
      | text |
      | one  |
      | 2    |

  @req:A.58-nodeCount-range @mandatory @destructive
  Scenario Outline: An online job on <nodes> is refused
    When the user submits an online job whose node count is <count>
    Then the platform refuses it with error "0204"

    Examples:
      | nodes                                  | count                            |
      | no node                                | the number 0                     |
      | more nodes than any platform can place | more than any platform can place |

  @req:A.58-port @mandatory @destructive
  Scenario Outline: An online job on port <port> is refused
    When the user submits an online job whose port is the number <port>
    Then the platform refuses it with error "0204"

    Examples:
      | port  |
      | 0     |
      | 65536 |

  @req:A.58-imageUrl @mandatory @destructive @needs-setup:image-url
  Scenario: An online job runs the public image url it names
    When the user creates an online job from the configured image url
    Then the request succeeds
    And the answer has the shape of table A.59
