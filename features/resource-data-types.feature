@clause:6.3.1 @clause:6.3.2 @clause:6.3.3
Feature: The data types of resources: cpu, processor and memory (6.3.1-6.3.3, tables 1-3)
  Every cpu, processor and memory object the platform shows, in its resource specs (A.12) and its idle resources
  (A.16-A.18), has the fields of tables 1-3 under the JSON names of the readings R-cpu-fields, R-processor-fields and
  R-memory-fields.

  Background:
    Given the user is logged in
    And the user looks at the resources the resource specs and the idle resources describe

  @mandatory @req:6.3.1-arch @req:6.3.1-coreNum
  Scenario: Every cpu shows its architecture and its number of cores (table 1)
    Then every cpu shows its architecture and its number of cores

  @mandatory @req:6.3.2-processorType @req:6.3.2-processorNum @req:6.3.2-processorMemory
  Scenario: Every processor shows its type, number, product name and memory (table 2)
    Then every processor shows its type, number, product name and memory

  @mandatory @req:6.3.2-productName
  Scenario: Every processor's product name tells vendor, type and model apart (table 2)
    Then every processor shows its type, number, product name and memory
    And every processor's product name reads vendor, type and model

  @mandatory @req:6.3.3-memorySize @req:6.3.3-memoryUnit
  Scenario: Every memory shows its size and its unit (table 3)
    Then every memory shows its size and its unit
