@clause:7.3.6
Feature: Upload a dataset (7.3.6, tables A.27-A.29)
  POST /datasets/upload takes a multipart/form-data request with the file, its MD5, title and size, and optionally a
  description and labels; the new dataset is listed by GET /datasets for its uploader with owner = the uploader
  (R-uploaded-datasets). The platform checks the file against the MD5 (R-upload-checks). Annex A has no way to delete
  a dataset: the report lists the datasets the checks uploaded.

  Background:
    Given the user is logged in

  @mandatory @destructive @req:A.27-endpoint @req:A.29-id @req:7.3.6-upload
  Scenario: An upload is answered with the new dataset's id, and the dataset is listed for its uploader
    When the user uploads a dataset file with its MD5, title and size
    Then the request succeeds
    And the answer has the shape of table A.29
    And the new dataset is listed for the user with its title, size and owner

  @mandatory @destructive @req:A.28-desc @req:A.28-labels
  Scenario: The description and labels of an upload are listed with the dataset
    When the user uploads a dataset file with its MD5, title, size, description and labels
    Then the request succeeds
    And the new dataset is listed with its description and labels

  @mandatory @destructive @req:A.28-md5-verify
  Scenario: A file whose MD5 is not the one given is refused, and no dataset is created
    When the user uploads a dataset whose MD5 is not the file's
    Then the platform refuses it with error "0202"
    And no dataset of that title is listed for the user

  @mandatory @destructive @req:A.28-md5
  Scenario: An upload without md5 is refused
    When the user uploads a dataset leaving out its md5
    Then the platform refuses it with error "0203"

  @mandatory @destructive @req:A.28-title
  Scenario: An upload without title is refused
    When the user uploads a dataset leaving out its title
    Then the platform refuses it with error "0203"

  @mandatory @destructive @req:A.28-file
  Scenario: An upload without file is refused
    When the user uploads a dataset leaving out its file
    Then the platform refuses it with error "0203"

  @mandatory @destructive @req:A.28-size
  Scenario: An upload without size is refused
    When the user uploads a dataset leaving out its size
    Then the platform refuses it with error "0203"

  @mandatory @destructive @req:A.28-size
  Scenario: A size that is not an integer is refused
    When the user uploads a dataset whose size is "large"
    Then the platform refuses it with error "0201"
