@clause:7.2.1
Feature: Every operation of annex A needs a token (7.2.1, table B.1)
  Every call but POST /auth/tokens carries the token in a request header (R-token-header, R-token-scope); without
  one, or with one the platform never issued, it is answered 401/0101, with an expired one 401/0102. Each request is
  valid in everything but its token (R-several-errors): the checks of the operations on one training job first make
  a job of the user in the state the operation needs.

  Background:
    Given the user is logged in

  @mandatory @req:7.2.1-token-header
  Scenario Outline: With the user's token in the request header the platform lets them <operation>
    When the user tries to <operation> with their token
    Then the request succeeds

    Examples:
      | operation                  |
      | list the computing centers |
      | list the resource specs    |
      | ask for the idle resources |
      | list the images            |
      | list the datasets          |
      | list the training jobs     |

  @mandatory @req:7.2.1-token-required @req:B.1-0101-auth
  Scenario Outline: Without a token the platform refuses to <operation>
    When the user tries to <operation> without a token
    Then the platform refuses it with error "0101"

    Examples: reading
      | operation                  |
      | list the computing centers |
      | list the resource specs    |
      | ask for the idle resources |
      | list the images            |
      | list the datasets          |
      | list the training jobs     |

    @destructive
    Examples: creating
      | operation                    |
      | upload a dataset             |
      | create a training job        |
      | create an online service job |

    @destructive @slow
    Examples: acting on one training job
      | operation                         |
      | show a training job               |
      | ask for a task's log link         |
      | stop a training job               |
      | delete a training job             |
      | download a training job's results |

  @mandatory @req:7.2.1-token-required @req:B.1-0101-auth
  Scenario Outline: With a malformed token the platform refuses to <operation>
    When the user tries to <operation> with a malformed token
    Then the platform refuses it with error "0101"

    Examples: reading
      | operation                  |
      | list the computing centers |
      | list the resource specs    |
      | ask for the idle resources |
      | list the images            |
      | list the datasets          |
      | list the training jobs     |

    @destructive
    Examples: creating
      | operation                    |
      | upload a dataset             |
      | create a training job        |
      | create an online service job |

    @destructive @slow
    Examples: acting on one training job
      | operation                         |
      | show a training job               |
      | ask for a task's log link         |
      | stop a training job               |
      | delete a training job             |
      | download a training job's results |

  @mandatory @req:7.2.1-token-required @req:B.1-0101-auth
  Scenario Outline: With a token it never issued the platform refuses to <operation>
    When the user tries to <operation> with a token that was never issued
    Then the platform refuses it with error "0101"

    Examples: reading
      | operation                  |
      | list the computing centers |
      | list the resource specs    |
      | ask for the idle resources |
      | list the images            |
      | list the datasets          |
      | list the training jobs     |

    @destructive
    Examples: creating
      | operation                    |
      | upload a dataset             |
      | create a training job        |
      | create an online service job |

    @destructive @slow
    Examples: acting on one training job
      | operation                         |
      | show a training job               |
      | ask for a task's log link         |
      | stop a training job               |
      | delete a training job             |
      | download a training job's results |

  @mandatory @req:B.1-0102 @needs-setup:expired-token
  Scenario Outline: With an expired token the platform refuses to <operation>
    When the user tries to <operation> with the expired token
    Then the platform refuses it with error "0102"

    Examples: reading
      | operation                  |
      | list the computing centers |
      | list the resource specs    |
      | ask for the idle resources |
      | list the images            |
      | list the datasets          |
      | list the training jobs     |

    @destructive
    Examples: creating
      | operation                    |
      | upload a dataset             |
      | create a training job        |
      | create an online service job |

    @destructive @slow
    Examples: acting on one training job
      | operation                         |
      | show a training job               |
      | ask for a task's log link         |
      | stop a training job               |
      | delete a training job             |
      | download a training job's results |
