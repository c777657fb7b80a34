@clause:7.3.4
Feature: Query the images (7.3.4, tables A.19-A.22)
  GET /resource/images lists the images jobs can start from, filtered by center, processor type, framework and
  creation time and sorted. Paging, sorting and filters follow the readings R-paging, R-order, R-sort-ties,
  R-default-sort, R-filters and R-time-range; A.22 lists GPU and NPU as processors, the suite accepts every processor
  type of 6.3.2 and records the others (R-image-processor).

  Background:
    Given the user is logged in

  @mandatory @req:A.19-endpoint @req:A.21-images @req:A.21-totalSize
  Scenario: The images are listed with the shape of table A.21
    When the user lists the images
    Then the request succeeds
    And the answer has the shape of table A.21

  @mandatory @req:A.22-imageId @req:A.22-imageName @req:A.22-imageDesc @req:A.22-arch @req:A.22-processor
  @req:A.22-operationSystem @req:A.22-framework @req:A.22-createTime @req:A.22-installedLib
  Scenario: Every image shows the fields of table A.22
    When the user lists all the images
    Then every image listed has the shape of its table
    And every image's processor that A.22 or 6.3.2 names is written as they write it
    And the processors of the images that A.22 does not list are recorded

  @mandatory @req:A.21-totalSize
  Scenario: totalSize counts every image, across all pages
    When the user lists all the images
    Then the totalSize counts every image listed

  @mandatory @req:7.3.4-filter-sort
  Scenario Outline: The images are filtered by <filter>
    When the user lists the images filtered by "<filter>" with each value found on the platform
    Then every image listed matches the filter
    And every image that matches the filter is listed under it

    Examples:
      | filter       |
      | processor    |
      | framework    |
      | createAfter  |
      | createBefore |

  @mandatory @req:7.3.4-filter-sort
  Scenario Outline: The images are sorted by <sort>
    When the user lists all the images sorted by "<sort>" in "asc" order
    Then the images are in that order

    Examples:
      | sort       |
      | processor  |
      | createTime |

  @mandatory @req:A.20-centerId
  Scenario: centerId lists only images the network lists
    When the user lists the images filtered by "centerId" with each value found on the platform
    Then every image listed under the filter is among all the images

  @mandatory @req:A.20-centerId
  Scenario: A centerId no computing center has gives an empty list of images
    When the user lists the images filtered by "centerId" with a value nothing has
    Then no images are listed and totalSize is 0

  @mandatory @req:A.20-processor
  Scenario: processor lists exactly the images for that processor type
    When the user lists the images filtered by "processor" with each value found on the platform
    Then every image listed matches the filter
    And every image that matches the filter is listed under it

  @mandatory @req:A.20-processor
  Scenario: A processor no image has gives an empty list
    When the user lists the images filtered by "processor" with a value nothing has
    Then no images are listed and totalSize is 0

  @mandatory @req:A.20-framework
  Scenario: framework lists exactly the images of that framework
    When the user lists the images filtered by "framework" with each value found on the platform
    Then every image listed matches the filter
    And every image that matches the filter is listed under it

  @mandatory @req:A.20-framework
  Scenario: A framework no image has gives an empty list
    When the user lists the images filtered by "framework" with a value nothing has
    Then no images are listed and totalSize is 0

  @mandatory @req:A.20-createAfter
  Scenario: createAfter lists exactly the images created at or after it
    When the user lists the images filtered by "createAfter" with each value found on the platform
    Then every image listed matches the filter
    And every image that matches the filter is listed under it

  @mandatory @req:A.20-createBefore
  Scenario: createBefore lists exactly the images created at or before it
    When the user lists the images filtered by "createBefore" with each value found on the platform
    Then every image listed matches the filter
    And every image that matches the filter is listed under it

  @mandatory @req:A.20-createAfter
  Scenario Outline: createAfter "<value>" is not a time and is refused
    When the user lists the images with "createAfter" set to "<value>"
    Then the platform refuses it with error "0202"

    Examples:
      | value               |
      | 2024-01-15T10:00:00 |
      | yesterday           |

  @mandatory @req:A.20-createBefore
  Scenario Outline: createBefore "<value>" is not a time and is refused
    When the user lists the images with "createBefore" set to "<value>"
    Then the platform refuses it with error "0202"

    Examples:
      | value               |
      | 2024-13-01 00:00:00 |
      | 1705312800          |

  @mandatory @req:A.20-pageSize
  Scenario: A page of images never holds more than pageSize images
    When the user walks through the pages of the images with a small page size
    Then every page holds at most the page size

  @mandatory @req:A.20-page
  Scenario: The pages of the images are consecutive slices that hold every image once
    When the user walks through the pages of the images with a small page size
    Then every page before the last is full
    And the pages hold each of the totalSize images exactly once

  @mandatory @req:A.20-pageSize-default
  Scenario: Without pageSize a page of images is the page of pageSize 50
    When the user lists the images once as it comes and once with "pageSize" set to "50"
    Then both listings hold the same images in the same order

  @mandatory @req:A.20-page-default
  Scenario: Without page the first page of images is listed
    When the user lists the images once as it comes and once with "page" set to "1"
    Then both listings hold the same images in the same order

  @mandatory @req:A.20-pageSize-range
  Scenario Outline: pageSize <value> is refused with error <code>
    When the user lists the images with "pageSize" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | 1001  | 0204 |
      | ten   | 0201 |

  @mandatory @req:A.20-page-range
  Scenario Outline: page <value> is refused with error <code>
    When the user lists the images with "page" set to "<value>"
    Then the platform refuses it with error "<code>"

    Examples:
      | value | code |
      | 0     | 0204 |
      | first | 0201 |

  @mandatory @req:A.20-page-range
  Scenario: The page after the last page of images is empty
    When the user asks for the page after the last page of the images
    Then the page is empty and totalSize is unchanged

  @mandatory @req:A.20-sort @req:A.20-order
  Scenario Outline: The images sorted by <sort> in <order> order
    When the user lists all the images sorted by "<sort>" in "<order>" order
    Then the images are in that order

    Examples:
      | sort       | order |
      | imageId    | asc   |
      | imageId    | desc  |
      | imageName  | asc   |
      | imageName  | desc  |
      | arch       | asc   |
      | arch       | desc  |
      | processor  | asc   |
      | processor  | desc  |
      | framework  | asc   |
      | framework  | desc  |
      | createTime | asc   |
      | createTime | desc  |

  @mandatory @req:A.20-sort-default
  Scenario: Without sort the images are sorted by imageId
    When the user lists the images once as it comes and once with "sort" set to "imageId"
    Then both listings hold the same images in the same order

  @mandatory @req:A.20-sort-unknown
  Scenario: A sort value A.20 does not list is refused
    When the user lists the images with "sort" set to "operationSystem"
    Then the platform refuses it with error "0202"

  @mandatory @req:A.20-order-default
  Scenario: Without order the images are sorted in descending order
    When the user lists the images once as it comes and once with "order" set to "desc"
    Then both listings hold the same images in the same order

  @mandatory @req:A.20-order-unknown
  Scenario: An order other than asc or desc is refused
    When the user lists the images with "order" set to "up"
    Then the platform refuses it with error "0202"
