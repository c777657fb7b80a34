@clause:B.1
Feature: Error codes (annex B, table B.1)
  Every error answer carries the HTTP status of its row of table B.1 and the body {"errorCode", "errorMsg"}
  (R-error-body; the suite reads the code at the configured JSON pointer). 401/0101 is failed authentication, told
  apart from the adapter failure 500/0101 by its status (R-code-0101). The suite provokes one error at a time
  (R-several-errors). 500/0100 and 500/0101 cannot be provoked by a client; 0102 and 0103 are checked with the expired
  token and the frozen account of the configuration (features auth-tokens and token-required).

  Background:
    Given the user is logged in

  @mandatory @req:B.1-errorCode @req:B.1-errorMsg
  Scenario Outline: <case> is answered with error <code> and the error body
    When <request>
    Then the platform refuses it with error "<code>"
    And the answer has the shape of table B.1

    @req:B.1-0101-auth
    Examples: authentication failed
      | case                  | request                                                      | code |
      | A call without token  | the user tries to list the computing centers without a token | 0101 |
      | A name no account has | someone logs in with a name no account has                   | 0101 |

    @req:B.1-0201
    Examples: a parameter of the wrong type
      | case                         | request                                                              | code |
      | pageSize that is no integer  | the user lists the computing centers with "pageSize" set to "ten"    | 0201 |
      | connected that is no Boolean | the user lists the computing centers with "connected" set to "maybe" | 0201 |
      | a user that is no object     | the user logs in with a user that is not an object                   | 0201 |

    @req:B.1-0202
    Examples: a value not allowed
      | case                   | request                                                                   | code |
      | a sort value A.6 lacks | the user lists the computing centers with "sort" set to "city"            | 0202 |
      | a malformed time       | the user lists the images with "createAfter" set to "2024-01-15T10:00:00" | 0202 |
      | another log-in method  | the user logs in with the authentication method "token"                   | 0202 |

    @req:B.1-0203
    Examples: a required parameter missing
      | case                      | request                             | code |
      | a log-in without user     | the user logs in without the user   | 0203 |
      | a log-in without password | the user logs in without a password | 0203 |

    @req:B.1-0204
    Examples: a value out of range
      | case       | request                                                         | code |
      | pageSize 0 | the user lists the computing centers with "pageSize" set to "0" | 0204 |
      | page 0     | the user lists the images with "page" set to "0"                | 0204 |

    @req:B.1-0240
    Examples: a job that does not exist
      | case                         | request                                                                              | code |
      | the detail of no job         | the user tries to show a training job naming a job that does not exist               | 0240 |
      | stopping no job              | the user tries to stop a training job naming a job that does not exist               | 0240 |
      | deleting no job              | the user tries to delete a training job naming a job that does not exist             | 0240 |
      | downloading no job's results | the user tries to download a training job's results naming a job that does not exist | 0240 |

  @mandatory @req:B.1-0230
  Scenario: A createAfter later than createBefore is refused with 0230
    When the user lists the images with:
      | createAfter  | 2024-02-01 00:00:00 |
      | createBefore | 2024-01-01 00:00:00 |
    Then the platform refuses it with error "0230"
    And the answer has the shape of table B.1

