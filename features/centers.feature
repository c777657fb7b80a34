@clause:7.3.1
Feature: Query the available computing centers (7.3.1, tables A.5-A.8)
  GET /centers lists the computing centers of the network; without conditions all of them, with filter conditions
  those that meet them. Paging, sorting and filters follow the readings R-paging, R-order, R-sort-ties,
  R-default-sort and R-filters.

  Background:
    Given the user is logged in

  @mandatory @req:A.5-endpoint @req:A.7-centers @req:A.7-totalSize
  Scenario: The computing centers are listed with the shape of table A.7
    When the user lists the computing centers
    Then the request succeeds
    And the answer has the shape of table A.7

  @mandatory @req:A.8-centerId @req:A.8-centerName @req:A.8-province @req:A.8-city @req:A.8-desc
  @req:A.8-connected @req:A.8-processorType @req:A.8-totalStorage @req:A.8-maxComputingPower
  Scenario: Every computing center shows the fields of table A.8
    When the user lists all the computing centers
    Then every computing center listed has the shape of its table

  @mandatory @req:A.7-totalSize
  Scenario: totalSize counts every computing center, across all pages
    When the user lists all the computing centers
    Then the totalSize counts every computing center listed

  @mandatory @req:7.3.1-all-centers
  Scenario: Without conditions every computing center is listed, connected or not
    When the user lists the computing centers filtered by "connected" with each value found on the platform
    Then the listings under each value of the filter together hold all the computing centers

  @mandatory @req:7.3.1-filtered-centers
  Scenario Outline: With a filter condition exactly the computing centers that meet it are listed (<filter>)
    When the user lists the computing centers filtered by "<filter>" with each value found on the platform
    Then every computing center listed matches the filter
    And every computing center that matches the filter is listed under it

    Examples:
      | filter        |
      | processorType |
      | connected     |

  @mandatory @req:A.6-processorType
  Scenario: processorType lists only the computing centers of that processor type
    When the user lists the computing centers filtered by "processorType" with each value found on the platform
    Then every computing center listed matches the filter
    And every computing center that matches the filter is listed under it

  @mandatory @req:A.6-processorType
  Scenario: A processorType no computing center has gives an empty list
    When the user lists the computing centers filtered by "processorType" with a value nothing has
    Then no computing centers are listed and totalSize is 0

  @mandatory @req:A.6-connected
  Scenario: connected=true lists only connected computing centers, connected=false only disconnected ones
    When the user lists the computing centers filtered by "connected" with each value found on the platform
    Then every computing center listed matches the filter
    And every computing center that matches the filter is listed under it

  @mandatory @req:A.6-connected
  Scenario: connected takes only true or false
    When the user lists the computing centers with "connected" set to "maybe"
    Then the platform refuses it with error "0201"

  @mandatory @req:A.6-pageSize
  Scenario: A page of computing centers never holds more than pageSize centers
    When the user walks through the pages of the computing centers with a small page size
    Then every page holds at most the page size

  @mandatory @req:A.6-page
  Scenario: The pages of the computing centers are consecutive slices that hold every center once
    When the user walks through the pages of the computing centers with a small page size
    Then every page before the last is full
    And the pages hold each of the totalSize computing centers exactly once

  @mandatory @req:A.6-pageSize-default
  Scenario: Without pageSize a page of computing centers is the page of pageSize 50
    When the user lists the computing centers once as it comes and once with "pageSize" set to "50"
    Then both listings hold the same computing centers in the same order

  @mandatory @req:A.6-page-default
  Scenario: Without page the first page of computing centers is listed
    When the user lists the computing centers once as it comes and once with "page" set to "1"
    Then both listings hold the same computing centers in the same order

  @mandatory @req:A.6-pageSize-range
  Scenario Outline: pageSize <value> is refused with error <code>
    When the user lists the computing centers with "pageSize" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | 1001  | 0204 |
      | ten   | 0201 |

  @mandatory @req:A.6-page-range
  Scenario Outline: page <value> is refused with error <code>
    When the user lists the computing centers with "page" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | first | 0201 |

  @mandatory @req:A.6-page-range
  Scenario: The page after the last page of computing centers is empty
    When the user asks for the page after the last page of the computing centers
    Then the page is empty and totalSize is unchanged

  @mandatory @req:A.6-sort @req:A.6-order
  Scenario Outline: The computing centers sorted by <sort> in <order> order
    When the user lists all the computing centers sorted by "<sort>" in "<order>" order
    Then the computing centers are in that order

    Examples:
      | sort          | order |
      | centerId      | asc   |
      | centerId      | desc  |
      | centerName    | asc   |
      | centerName    | desc  |
      | processorType | asc   |
      | processorType | desc  |
      | createTime    | asc   |
      | createTime    | desc  |

  @mandatory @req:A.6-sort-default
  Scenario: Without sort the computing centers are sorted by centerId
    When the user lists the computing centers once as it comes and once with "sort" set to "centerId"
    Then both listings hold the same computing centers in the same order

  @mandatory @req:A.6-sort-unknown
  Scenario: A sort value A.6 does not list is refused
    When the user lists the computing centers with "sort" set to "province"
    Then the platform refuses it with error "0202"

  @mandatory @req:A.6-order-default
  Scenario: Without order the computing centers are sorted in descending order
    When the user lists the computing centers once as it comes and once with "order" set to "desc"
    Then both listings hold the same computing centers in the same order

  @mandatory @req:A.6-order-unknown
  Scenario: An order other than asc or desc is refused
    When the user lists the computing centers with "order" set to "up"
    Then the platform refuses it with error "0202"
