@clause:7.3.2
Feature: Query the available resource specs (7.3.2, tables A.9-A.12)
  GET /resource/specs lists the resource specs of the whole network, or with centerId those of one computing center.
  Paging, sorting and filters follow the readings R-paging, R-order, R-sort-ties, R-default-sort and R-filters.

  Background:
    Given the user is logged in

  @mandatory @req:A.9-endpoint @req:A.11-resourceSpecs @req:A.11-totalSize
  Scenario: The resource specs are listed with the shape of table A.11
    When the user lists the resource specs
    Then the request succeeds
    And the answer has the shape of table A.11

  @mandatory @req:A.12-resourceSpecId @req:A.12-resourceSpecName @req:A.12-cpu @req:A.12-memory @req:A.12-processor
  Scenario: Every resource spec shows the fields of table A.12
    When the user lists all the resource specs
    Then every resource spec listed has the shape of its table

  @mandatory @req:A.11-totalSize
  Scenario: totalSize counts every resource spec, across all pages
    When the user lists all the resource specs
    Then the totalSize counts every resource spec listed

  @mandatory @req:7.3.2-all-specs @req:7.3.2-center-specs
  Scenario: Without centerId the specs of the whole network are listed, those of each center among them
    When the user lists the resource specs filtered by "centerId" with each value found on the platform
    Then every resource spec listed under the filter is among all the resource specs

  @mandatory @req:7.3.2-center-specs
  Scenario: A centerId no computing center has gives an empty list
    When the user lists the resource specs filtered by "centerId" with a value nothing has
    Then no resource specs are listed and totalSize is 0

  @mandatory @req:A.10-centerId
  Scenario: centerId lists only specs the network lists
    When the user lists the resource specs filtered by "centerId" with each value found on the platform
    Then every resource spec listed under the filter is among all the resource specs

  @mandatory @req:A.10-centerId
  Scenario: A centerId no computing center has gives an empty list of specs
    When the user lists the resource specs filtered by "centerId" with a value nothing has
    Then no resource specs are listed and totalSize is 0

  @mandatory @req:A.10-pageSize
  Scenario: A page of resource specs never holds more than pageSize specs
    When the user walks through the pages of the resource specs with a small page size
    Then every page holds at most the page size

  @mandatory @req:A.10-page
  Scenario: The pages of the resource specs are consecutive slices that hold every spec once
    When the user walks through the pages of the resource specs with a small page size
    Then every page before the last is full
    And the pages hold each of the totalSize resource specs exactly once

  @mandatory @req:A.10-pageSize-default
  Scenario: Without pageSize a page of resource specs is the page of pageSize 50
    When the user lists the resource specs once as it comes and once with "pageSize" set to "50"
    Then both listings hold the same resource specs in the same order

  @mandatory @req:A.10-page-default
  Scenario: Without page the first page of resource specs is listed
    When the user lists the resource specs once as it comes and once with "page" set to "1"
    Then both listings hold the same resource specs in the same order

  @mandatory @req:A.10-pageSize-range
  Scenario Outline: pageSize <value> is refused with error <code>
    When the user lists the resource specs with "pageSize" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | 1001  | 0204 |
      | ten   | 0201 |

  @mandatory @req:A.10-page-range
  Scenario Outline: page <value> is refused with error <code>
    When the user lists the resource specs with "page" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | first | 0201 |

  @mandatory @req:A.10-page-range
  Scenario: The page after the last page of resource specs is empty
    When the user asks for the page after the last page of the resource specs
    Then the page is empty and totalSize is unchanged

  @mandatory @req:A.10-sort @req:A.10-order
  Scenario Outline: The resource specs sorted by <sort> in <order> order
    When the user lists all the resource specs sorted by "<sort>" in "<order>" order
    Then the resource specs are in that order

    Examples:
      | sort             | order |
      | resourceSpecId   | asc   |
      | resourceSpecId   | desc  |
      | resourceSpecName | asc   |
      | resourceSpecName | desc  |

  @mandatory @req:A.10-sort-default
  Scenario: Without sort the resource specs are sorted by resourceSpecId
    When the user lists the resource specs once as it comes and once with "sort" set to "resourceSpecId"
    Then both listings hold the same resource specs in the same order

  @mandatory @req:A.10-sort-unknown
  Scenario: A sort value A.10 does not list is refused
    When the user lists the resource specs with "sort" set to "memory"
    Then the platform refuses it with error "0202"

  @mandatory @req:A.10-order-default
  Scenario: Without order the resource specs are sorted in descending order
    When the user lists the resource specs once as it comes and once with "order" set to "desc"
    Then both listings hold the same resource specs in the same order

  @mandatory @req:A.10-order-unknown
  Scenario: An order other than asc or desc is refused
    When the user lists the resource specs with "order" set to "up"
    Then the platform refuses it with error "0202"
