@clause:6.3.4
Feature: Job states (6.3.4, table 4)
  A job reports one of the six states of table 4 and only moves forward: PENDING while it waits, RUNNING while its
  command runs, then the state it ends in. The suite follows jobs it creates with the commands it is configured
  with (--succeeding-command, --failing-command, --long-command), reading their detail every poll interval.

  Background:
    Given the user is logged in

  @req:6.3.4-values @req:6.3.4-succeeded @mandatory @destructive @slow
  Scenario: A job whose command succeeds ends SUCCEEDED
    Given a training job that ran the succeeding command to its end
    Then every state the job was seen in is a state of table 4
    And the job's states only moved forward, ending SUCCEEDED

  @req:6.3.4-values @req:6.3.4-failed @mandatory @destructive @slow
  Scenario: A job whose command fails ends FAILED
    Given a training job that ran the failing command to its end
    Then every state the job was seen in is a state of table 4
    And the job's states only moved forward, ending FAILED

  @req:6.3.4-values @req:6.3.4-pending @req:6.3.4-running @mandatory @destructive @slow
  Scenario: A job whose command keeps running goes from PENDING to RUNNING
    Given a running training job
    Then every state the job was seen in is a state of table 4
    And the job was PENDING or RUNNING from its creation until it was seen RUNNING

  @req:6.3.4-values @req:6.3.4-stopped @mandatory @destructive @slow
  Scenario: A stopped job ends STOPPED
    Given a training job that ended STOPPED
    Then every state the job was seen in is a state of table 4
    And the job's states only moved forward, ending STOPPED
