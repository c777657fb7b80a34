@clause:7.3.5
Feature: Query the public datasets (7.3.5, tables A.23-A.26)
  GET /datasets lists the datasets available through the network, searched by name and description. Its default
  sort datasetName is a dataset's title (R-datasets-sort); paging and sorting follow R-paging, R-order, R-sort-ties;
  query selects the datasets whose title or desc contains it (R-dataset-query: case is the platform's choice, and
  recorded).

  Background:
    Given the user is logged in

  @mandatory @req:A.23-endpoint @req:A.25-datasets @req:A.25-totalSize @req:7.3.5-public-datasets
  Scenario: The datasets are listed with the shape of table A.25
    When the user lists the datasets
    Then the request succeeds
    And the answer has the shape of table A.25

  @mandatory @req:A.26-id @req:A.26-title @req:A.26-owner @req:A.26-size @req:A.26-desc @req:A.26-labels
  @req:7.3.5-public-datasets
  Scenario: Every dataset shows the fields of table A.26
    When the user lists all the datasets
    Then every dataset listed has the shape of its table

  @mandatory @req:A.25-totalSize
  Scenario: totalSize counts every dataset, across all pages
    When the user lists all the datasets
    Then the totalSize counts every dataset listed

  @mandatory @req:A.24-query
  Scenario: query lists exactly the datasets whose title or description contains it
    When the user lists the datasets filtered by "query" with each value found on the platform
    Then every dataset listed matches the filter
    And every dataset that matches the filter is listed under it

  @mandatory @req:A.24-query
  Scenario: A query no dataset contains gives an empty list
    When the user lists the datasets filtered by "query" with a value nothing has
    Then no datasets are listed and totalSize is 0

  @mandatory @req:A.24-pageSize
  Scenario: A page of datasets never holds more than pageSize datasets
    When the user walks through the pages of the datasets with a small page size
    Then every page holds at most the page size

  @mandatory @req:A.24-page
  Scenario: The pages of the datasets are consecutive slices that hold every dataset once
    When the user walks through the pages of the datasets with a small page size
    Then every page before the last is full
    And the pages hold each of the totalSize datasets exactly once

  @mandatory @req:A.24-pageSize-default
  Scenario: Without pageSize a page of datasets is the page of pageSize 50
    When the user lists the datasets once as it comes and once with "pageSize" set to "50"
    Then both listings hold the same datasets in the same order

  @mandatory @req:A.24-page-default
  Scenario: Without page the first page of datasets is listed
    When the user lists the datasets once as it comes and once with "page" set to "1"
    Then both listings hold the same datasets in the same order

  @mandatory @req:A.24-pageSize-range
  Scenario Outline: pageSize <value> is refused with error <code>
    When the user lists the datasets with "pageSize" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | 1001  | 0204 |
      | ten   | 0201 |

  @mandatory @req:A.24-page-range
  Scenario Outline: page <value> is refused with error <code>
    When the user lists the datasets with "page" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | first | 0201 |

  @mandatory @req:A.24-page-range
  Scenario: The page after the last page of datasets is empty
    When the user asks for the page after the last page of the datasets
    Then the page is empty and totalSize is unchanged

  @mandatory @req:A.24-sort @req:A.24-order
  Scenario Outline: The datasets sorted by <sort> in <order> order
    When the user lists all the datasets sorted by "<sort>" in "<order>" order
    Then the datasets are in that order

    Examples:
      | sort        | order |
      | datasetName | asc   |
      | datasetName | desc  |
      | title       | asc   |
      | title       | desc  |
      | id          | asc   |
      | id          | desc  |
      | size        | asc   |
      | size        | desc  |
      | owner       | asc   |
      | owner       | desc  |

  @mandatory @req:A.24-sort-default
  Scenario: Without sort the datasets are sorted by datasetName, their title
    When the user lists the datasets once as it comes and once with "sort" set to "datasetName"
    Then both listings hold the same datasets in the same order

  @mandatory @req:A.24-sort-unknown
  Scenario: A sort value outside those of R-datasets-sort is refused
    When the user lists the datasets with "sort" set to "labels"
    Then the platform refuses it with error "0202"

  @mandatory @req:A.24-order-default
  Scenario: Without order the datasets are sorted in descending order
    When the user lists the datasets once as it comes and once with "order" set to "desc"
    Then both listings hold the same datasets in the same order

  @mandatory @req:A.24-order-unknown
  Scenario: An order other than asc or desc is refused
    When the user lists the datasets with "order" set to "up"
    Then the platform refuses it with error "0202"
