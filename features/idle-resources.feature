@clause:7.3.3
Feature: Query the idle resources (7.3.3, tables A.13-A.18)
  GET /resource/idle lists, for every computing center or for the one named by centerId, its total and idle resources
  and its idle resources node by node, nodes with the same idle resources counted together. The resourceSpec of
  A.16 and A.17 is that of A.18: cpu, memory and processor (R-idle-resourcespec); nodeCount is a decimal string as A.17
  types it, or an integer, and the suite records which (R-nodecount-type).

  Background:
    Given the user is logged in

  @mandatory @req:A.13-endpoint @req:A.15-centerResources @req:A.16-centerId @req:A.16-totalResource
  @req:A.16-idleResource @req:A.16-nodeResources @req:A.18-cpu @req:A.18-memory @req:A.18-processor
  Scenario: The idle resources are listed with the shape of tables A.15, A.16 and A.18
    When the user asks for the idle resources
    Then the request succeeds
    And the answer has the shape of table A.15

  @mandatory @req:7.3.3-idle-resources @req:A.16-centerId
  Scenario: Without centerId the idle resources of every computing center are listed, once each
    When the user asks for the idle resources
    Then the idle resources name each computing center at most once

  @mandatory @req:7.3.3-idle-resources
  Scenario: With centerId the idle resources of that center alone are listed
    When the user asks for the idle resources of each computing center
    Then each answer holds the idle resources of the center asked for and of no other

  @mandatory @req:7.3.3-node-basis @req:A.17-resourceSpec @req:A.17-nodeCount
  Scenario: The idle resources are described node by node
    When the user asks for the idle resources
    Then every node entry shows the cpu, memory and processor of a node and how many nodes have them

  @mandatory @req:7.3.3-node-aggregation
  Scenario: Nodes with the same idle resources are counted together
    When the user asks for the idle resources
    Then no two node entries of a center describe the same resources

  @mandatory @req:A.14-centerId
  Scenario: centerId lists the idle resources of that center alone
    When the user asks for the idle resources of each computing center
    Then each answer holds the idle resources of the center asked for and of no other

  @mandatory @req:A.14-centerId
  Scenario: A centerId no computing center has gives no idle resources
    When the user asks for the idle resources of a center that does not exist
    Then no idle resources are listed
