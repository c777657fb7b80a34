@clause:7.4.2
Feature: List training jobs (7.4.2, tables A.35 to A.39)
  GET /trainjob lists the user's training jobs that meet the given conditions, with paging and sorting as the other
  lists of annex A (readings R-paging, R-order, R-sort-ties, R-default-sort, R-filters). centerId and processor
  select by the jobs' tasks, which the list does not show: the suite reads the detail of the jobs to judge them
  (reading R-job-filters). So that the list has jobs of several states, the suite creates them: one that succeeded,
  one that failed and one that still runs (in non-destructive mode it lists what the user has).

  Background:
    Given the user is logged in

  @req:A.35-endpoint @req:A.37-items @req:A.37-totalSize @mandatory @destructive @slow
  Scenario: The training jobs are listed with the shape of table A.37
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs
    Then the request succeeds
    And the answer has the shape of table A.37

  @req:A.37-items @req:A.38-metadata @req:A.38-status @req:A.39-id @req:A.39-name @req:A.39-desc
  @req:A.39-createTime @req:A.39-userId @mandatory @destructive @slow
  Scenario: Every training job shows the fields of tables A.38 and A.39, as it was created, and one user id
    Given the user has training jobs that succeeded, failed and still run
    When the user lists all the training jobs
    Then every training job listed has the shape of its table
    And every training job listed carries the same user id
    And the user's training jobs of this run are listed with the metadata they were created with

  @req:A.37-totalSize @mandatory @destructive @slow
  Scenario: totalSize counts every training job, across all pages
    Given the user has training jobs that succeeded, failed and still run
    When the user lists all the training jobs
    Then the totalSize counts every training job listed

  @req:7.4.2-list @mandatory @destructive @slow
  Scenario: With a condition exactly the training jobs that meet it are listed: status
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs filtered by "status" with each value found on the platform
    Then every training job listed matches the filter
    And every training job that matches the filter is listed under it

  @req:7.4.2-own-jobs @mandatory @destructive @slow @needs-setup:second-user
  Scenario: Another user's training jobs are not listed
    Given a second user is logged in
    And a running training job
    Then the job is not among the second user's training jobs

  @req:A.36-status @mandatory @destructive @slow
  Scenario: status lists exactly the training jobs in that state
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs filtered by "status" with each value found on the platform
    Then every training job listed matches the filter
    And every training job that matches the filter is listed under it

  @req:A.36-status @mandatory
  Scenario: A status that is no state of table 4 is refused
    When the user lists the training jobs with "status" set to "DONE"
    Then the platform refuses it with error "0202"

  @req:A.36-centerId @mandatory @destructive @slow
  Scenario: centerId lists exactly the training jobs that run in that center
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs filtered by "centerId" with each value found on the platform
    Then every training job listed under the filter is among all the training jobs
    And every training job listed under the filter has tasks that meet it
    And every training job whose tasks meet the filter is listed under it

  @req:A.36-centerId @mandatory
  Scenario: A centerId no computing center has gives an empty list of training jobs
    When the user lists the training jobs filtered by "centerId" with a value nothing has
    Then no training jobs are listed and totalSize is 0

  @req:A.36-processor @mandatory @destructive @slow
  Scenario: processor lists exactly the training jobs whose spec has that processor type
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs filtered by "processor" with each value found on the platform
    Then every training job listed under the filter is among all the training jobs
    And every training job listed under the filter has tasks that meet it
    And every training job whose tasks meet the filter is listed under it

  @req:A.36-processor @mandatory
  Scenario: A processor no training job has gives an empty list
    When the user lists the training jobs filtered by "processor" with a value nothing has
    Then no training jobs are listed and totalSize is 0

  @req:A.36-createAfter @mandatory @destructive @slow
  Scenario: createAfter lists exactly the training jobs created at or after it
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs filtered by "createAfter" with each value found on the platform
    Then every training job listed matches the filter
    And every training job that matches the filter is listed under it

  @req:A.36-createBefore @mandatory @destructive @slow
  Scenario: createBefore lists exactly the training jobs created at or before it
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs filtered by "createBefore" with each value found on the platform
    Then every training job listed matches the filter
    And every training job that matches the filter is listed under it

  @req:A.36-createAfter @mandatory
  Scenario Outline: createAfter "<value>" is not a time and is refused
    When the user lists the training jobs with "createAfter" set to "<value>"
    Then the platform refuses it with error "0202"

    Examples:
      | value               |
      | 2024-01-15T10:00:00 |
      | yesterday           |

  @req:A.36-createBefore @mandatory
  Scenario Outline: createBefore "<value>" is not a time and is refused
    When the user lists the training jobs with "createBefore" set to "<value>"
    Then the platform refuses it with error "0202"

    Examples:
      | value               |
      | 2024-13-01 00:00:00 |
      | 1705312800          |

  @req:B.1-0230 @mandatory
  Scenario: A createAfter later than createBefore is refused
    When the user lists the training jobs with:
      | createAfter  | 2024-02-01 00:00:00 |
      | createBefore | 2024-01-01 00:00:00 |
    Then the platform refuses it with error "0230"

  @req:A.36-pageSize @mandatory @destructive @slow
  Scenario: A page of training jobs never holds more than pageSize jobs
    Given the user has training jobs that succeeded, failed and still run
    When the user walks through the pages of the training jobs with a small page size
    Then every page holds at most the page size

  @req:A.36-page @mandatory @destructive @slow
  Scenario: The pages of the training jobs are consecutive slices that hold every job once
    Given the user has training jobs that succeeded, failed and still run
    When the user walks through the pages of the training jobs with a small page size
    Then every page before the last is full
    And the pages hold each of the totalSize training jobs exactly once

  @req:A.36-pageSize-default @mandatory @destructive @slow
  Scenario: Without pageSize a page of training jobs is the page of pageSize 50
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs once as it comes and once with "pageSize" set to "50"
    Then both listings hold the same training jobs in the same order

  @req:A.36-page-default @mandatory @destructive @slow
  Scenario: Without page the first page of training jobs is listed
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs once as it comes and once with "page" set to "1"
    Then both listings hold the same training jobs in the same order

  @req:A.36-pageSize-range @mandatory
  Scenario Outline: pageSize <value> is refused with error <code>
    When the user lists the training jobs with "pageSize" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | 1001  | 0204 |
      | ten   | 0201 |

  @req:A.36-page-range @mandatory
  Scenario Outline: page <value> is refused with error <code>
    When the user lists the training jobs with "page" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | first | 0201 |

  @req:A.36-page-range @mandatory @destructive @slow
  Scenario: The page after the last page of training jobs is empty
    Given the user has training jobs that succeeded, failed and still run
    When the user asks for the page after the last page of the training jobs
    Then the page is empty and totalSize is unchanged

  @req:A.36-sort @req:A.36-order @mandatory @destructive @slow
  Scenario Outline: The training jobs sorted by <sort> in <order> order
    Given the user has training jobs that succeeded, failed and still run
    When the user lists all the training jobs sorted by "<sort>" in "<order>" order
    Then the training jobs are in that order

    Examples:
      | sort       | order |
      | id         | asc   |
      | id         | desc  |
      | name       | asc   |
      | name       | desc  |
      | status     | asc   |
      | status     | desc  |
      | createTime | asc   |
      | createTime | desc  |

  @req:A.36-sort-default @mandatory @destructive @slow
  Scenario: Without sort the training jobs are sorted by id
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs once as it comes and once with "sort" set to "id"
    Then both listings hold the same training jobs in the same order

  @req:A.36-sort-unknown @mandatory
  Scenario: A sort value A.36 does not list is refused
    When the user lists the training jobs with "sort" set to "userId"
    Then the platform refuses it with error "0202"

  @req:A.36-order-default @mandatory @destructive @slow
  Scenario: Without order the training jobs are sorted in descending order
    Given the user has training jobs that succeeded, failed and still run
    When the user lists the training jobs once as it comes and once with "order" set to "desc"
    Then both listings hold the same training jobs in the same order

  @req:A.36-order-unknown @mandatory
  Scenario: An order other than asc or desc is refused
    When the user lists the training jobs with "order" set to "up"
    Then the platform refuses it with error "0202"
