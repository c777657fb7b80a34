@clause:B.1 @robustness
Feature: Malformed requests (table B.1, reading R-no-input-harm)
  No request, however malformed, is answered with a 5xx or without the error body. For each endpoint of annex A the
  suite derives a bounded set of malformed requests from its request schema in schemas/: a wrong JSON type for each
  field, each required field left out, each bound passed by one, a value outside each enum or pattern, JSON cut off, an
  array for an object, a body of 2 MiB, and percent-escapes that are not "%" and two hex digits in the path and the
  query. Each must be refused 400 with the error body and the code of table B.1 for its mistake: 0201 (wrong type,
  unreadable), 0202 (illegal value), 0203 (missing), 0204 (out of range, too large), and 0205 to 0207 for the job
  name and description (R-jobname-rules, R-jobdesc-rules). Every other value is a well-formed placeholder naming no
  user, spec, image or job, so where the platform checks those first it may answer that error (R-several-errors).
  A vendor may leave these checks out of a run with the tag expression "not @robustness".

  Background:
    Given the user is logged in

  @mandatory @req:B.1-no-server-error @req:B.1-malformed-codes
  Scenario Outline: Malformed requests to <endpoint> are refused with the error body of table B.1
    When the user sends "<endpoint>" the malformed requests derived from its schema
    Then each is refused with the error body and a code of table B.1 the readings allow

    Examples:
      | endpoint                                    |
      | POST /auth/tokens                           |
      | GET /centers                                |
      | GET /resource/specs                         |
      | GET /resource/idle                          |
      | GET /resource/images                        |
      | GET /datasets                               |
      | POST /datasets/upload                       |
      | POST /trainjob                              |
      | GET /trainjob                               |
      | GET /trainjob/{id}                          |
      | DELETE /trainjob/{id}                       |
      | POST /trainjob/{id}/stop                    |
      | GET /trainjob/{id}/download                 |
      | GET /trainjob/{id}/tasks/{taskId}/logs/url  |
      | POST /onlineJob                             |
