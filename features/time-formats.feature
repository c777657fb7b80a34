@clause:7.2.1 @clause:7.3.4
Feature: Times are written yyyy-MM-dd HH:mm:ss (A.4, A.22, reading R-time-format)
  A.4 writes expiresAt as yyyy-mm-dd hh:mm:ss on a 24-hour clock (GB/T 7408-2005); the reading R-time-format applies
  the same format to every time of the interface. Beyond the shape of the schemas, a time must be a real date and time:
  no 30 February, no hour 24. The times the platform reads (createAfter, createBefore) are checked with the filters of
  the images.

  Background:
    Given the user is logged in

  @mandatory @req:A.4-expiresAt
  Scenario: The expiry of a token is a real date and time in the format of A.4
    When the user logs in with their name and password
    Then every time in the answer is a real date and time written yyyy-MM-dd HH:mm:ss

  @mandatory @req:A.22-createTime
  Scenario: The creation time of every image is a real date and time in the format of A.4
    When the user lists all the images
    Then every time the images show is a real date and time written yyyy-MM-dd HH:mm:ss
