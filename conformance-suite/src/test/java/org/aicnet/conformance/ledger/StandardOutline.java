package org.aicnet.conformance.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What T/AI 123.8 contains, written out by hand so that the ledger's coverage can be checked without any other file:
 * its 60 tables of annex A, the clauses of 6 and 7 that state requirements, the 20 rows of table B.1, and the fields
 * of every request and response table.
 */
final class StandardOutline {

    private StandardOutline() {
    }

    /** A.1 ... A.60. */
    static final List<String> TABLES = IntStream.rangeClosed(1, 60).mapToObj(n -> "A." + n).toList();

    /** Clauses with requirements of their own (6.1 and 7.1 are overviews; 7.1 still has two). */
    static final List<String> CLAUSES = List.of("6.2", "6.3.1", "6.3.2", "6.3.3", "6.3.4", "7.1", "7.2.1",
            "7.3.1", "7.3.2", "7.3.3", "7.3.4", "7.3.5", "7.3.6",
            "7.4.1", "7.4.2", "7.4.3", "7.4.4", "7.4.5", "7.4.6", "7.4.7", "7.4.8");

    /** The values a requirement's clause may take: the clauses above and B.1. */
    static final List<String> REPORT_CLAUSES = concat(CLAUSES, List.of("B.1"));

    /** The rows of table B.1 as ledger ids, with the status and code each row gives. 0101 appears twice. */
    static final Map<String, String> B1_ROWS = map(
            "B.1-0101-auth", "401 0101", "B.1-0102", "401 0102", "B.1-0103", "401 0103",
            "B.1-0201", "400 0201", "B.1-0202", "400 0202", "B.1-0203", "400 0203", "B.1-0204", "400 0204",
            "B.1-0205", "400 0205", "B.1-0206", "400 0206", "B.1-0207", "400 0207", "B.1-0208", "400 0208",
            "B.1-0210", "400 0210", "B.1-0211", "400 0211", "B.1-0220", "400 0220", "B.1-0221", "400 0221",
            "B.1-0230", "400 0230", "B.1-0240", "400 0240", "B.1-0241", "400 0241",
            "B.1-0100", "500 0100", "B.1-0101-adapter", "500 0101");

    /** The basic-information tables: one endpoint each, "METHOD path". */
    static final Map<String, String> ENDPOINTS = map(
            "A.1", "POST /auth/tokens", "A.5", "GET /centers", "A.9", "GET /resource/specs",
            "A.13", "GET /resource/idle", "A.19", "GET /resource/images", "A.23", "GET /datasets",
            "A.27", "POST /datasets/upload", "A.30", "POST /trainjob", "A.35", "GET /trainjob",
            "A.40", "GET /trainjob/{id}", "A.46", "GET /trainjob/{id}/tasks/{taskId}/logs/url",
            "A.49", "POST /trainjob/{id}/stop", "A.52", "DELETE /trainjob/{id}",
            "A.54", "GET /trainjob/{id}/download", "A.56", "POST /onlineJob");

    /** The clause each table of annex A belongs to (reading R-annex-numbering). */
    static String clauseOf(String table) {
        int n = Integer.parseInt(table.substring(2));
        int[] firstTable = {1, 5, 9, 13, 19, 23, 27, 30, 35, 40, 46, 49, 52, 54, 56};
        String[] clause = {"7.2.1", "7.3.1", "7.3.2", "7.3.3", "7.3.4", "7.3.5", "7.3.6",
            "7.4.1", "7.4.2", "7.4.3", "7.4.4", "7.4.5", "7.4.6", "7.4.7", "7.4.8"};
        for (int i = firstTable.length - 1; i >= 0; i--) {
            if (n >= firstTable[i]) {
                return clause[i];
            }
        }
        throw new IllegalArgumentException(table);
    }

    /** The fields (标识符) of every request and response table of annex A, as the standard lists them. */
    static final Map<String, List<String>> TABLE_FIELDS = fields(
            "A.2", "authMethod user",
            "A.3", "name password",
            "A.4", "token expiresAt",
            "A.6", "pageSize page sort order processorType connected",
            "A.7", "centers totalSize",
            "A.8", "centerId centerName province city desc connected processorType totalStorage maxComputingPower",
            "A.10", "pageSize page sort order centerId",
            "A.11", "resourceSpecs totalSize",
            "A.12", "resourceSpecId resourceSpecName cpu memory processor",
            "A.14", "centerId",
            "A.15", "centerResources",
            "A.16", "centerId totalResource idleResource nodeResources",
            "A.17", "resourceSpec nodeCount",
            "A.18", "cpu memory processor",
            "A.20", "pageSize page sort order centerId processor framework createAfter createBefore",
            "A.21", "images totalSize",
            "A.22", "imageId imageName imageDesc arch processor operationSystem framework createTime installedLib",
            "A.24", "pageSize page sort order query",
            "A.25", "totalSize datasets",
            "A.26", "id title owner size desc labels",
            "A.28", "md5 title file desc labels size",
            "A.29", "id",
            "A.31", "jobName jobDesc config",
            "A.32", "centerId specId nodeCount imageId imageUrl command",
            "A.33", "metadata status",
            "A.34", "id name desc createTime userId",
            "A.36", "pageSize page sort order centerId processor status createBefore createAfter",
            "A.37", "items totalSize",
            "A.38", "metadata status",
            "A.39", "id name desc createTime userId",
            "A.41", "id",
            "A.42", "metadata status tasks",
            "A.43", "id name desc createTime userId",
            "A.44", "centerId centerName imageId imageUrl taskId command specId specName specInfo",
            "A.45", "cpu processor memory",
            "A.47", "id taskId contentType",
            "A.48", "logUrl",
            "A.50", "id",
            "A.51", "id status stoppedTime",
            "A.53", "id",
            "A.55", "id",
            "A.57", "jobName jobDesc config",
            "A.58", "centerId specId nodeCount imageId imageUrl command",
            "A.59", "metadata status",
            "A.60", "id name desc createTime url");

    /** The fields of the data types of 6.3 (the standard names them in Chinese only; readings R-*-fields). */
    static final Map<String, List<String>> DATA_TYPE_FIELDS = fields(
            "6.3.1", "arch coreNum",
            "6.3.2", "processorType processorNum productName processorMemory",
            "6.3.3", "memorySize memoryUnit");

    /** Fields the readings add to a table: the error body of B.1, a task's own status, an online job's port. */
    static final Map<String, List<String>> READING_FIELDS = fields(
            "B.1", "errorCode errorMsg",
            "A.44", "status",
            "A.58", "port");

    /** The request and response tables of annex A that have fields: each needs a schema in schemas/. */
    static List<String> fieldTables() {
        return List.copyOf(TABLE_FIELDS.keySet());
    }

    private static Map<String, List<String>> fields(String... tableAndFields) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < tableAndFields.length; i += 2) {
            fields.put(tableAndFields[i], List.of(tableAndFields[i + 1].split(" ")));
        }
        return fields;
    }

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
