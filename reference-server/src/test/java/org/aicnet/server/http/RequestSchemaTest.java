package org.aicnet.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestSchemaTest {

    private static final RequestSchema TOKEN = RequestSchema.of(TableSchemas.TOKEN_REQUEST);
    private static final RequestSchema TRAINING = RequestSchema.of(TableSchemas.TRAINJOB_CREATE_REQUEST);
    private static final RequestSchema ONLINE = RequestSchema.of(TableSchemas.ONLINEJOB_CREATE_REQUEST);
    private static final RequestSchema CENTERS = RequestSchema.ofParameters(TableSchemas.CENTERS_QUERY);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"authMethod\":\"password\"}|PARAMETER_MISSING",
        "{\"authMethod\":\"password\",\"user\":null}|PARAMETER_MISSING",
        "{\"authMethod\":5,\"user\":{\"name\":\"a\"}}|PARAMETER_MISSING",
        "{\"authMethod\":5,\"user\":{\"name\":\"a\",\"password\":\"b\"}}|PARAMETER_TYPE",
        "{\"authMethod\":[1],\"user\":{\"name\":\"a\",\"password\":\"b\"}}|PARAMETER_TYPE",
        "{\"authMethod\":\"otp\",\"user\":{\"name\":\"a\",\"password\":2}}|PARAMETER_TYPE",
        "{\"authMethod\":\"otp\",\"user\":{\"name\":\"a\",\"password\":\"b\"}}|PARAMETER_VALUE",
    })
    void theViolationOfHighestPriorityWins(String body, ErrorCode expected) throws Exception {
        ApiException refused = assertThrows(ApiException.class, () -> TOKEN.check(Json.MAPPER.readTree(body)));
        assertEquals(expected, refused.errorCode(), refused.errorMsg());
    }

    @Test
    void aValidBodyPassesAndAToleranceLeavesItsViolationOut() throws Exception {
        assertDoesNotThrow(() -> TOKEN.check(Json.MAPPER.readTree(
                "{\"authMethod\":[\"password\"],\"user\":{\"name\":\"a\",\"password\":\"b\"}}")));
        assertDoesNotThrow(() -> TOKEN.check(Json.MAPPER.readTree(
                "{\"authMethod\":\"otp\",\"user\":{\"name\":\"a\",\"password\":\"b\"}}"),
                violation -> violation.field().startsWith("/authMethod")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'jobName':'a b','config':{'specId':'s','imageId':'i'}}|JOB_NAME_CHARACTERS",
        "{'jobName':'','config':{'specId':'s','imageId':'i'}}|JOB_NAME_LENGTH",
        "{'jobName':'a%s','config':{'specId':'s','imageId':'i'}}|JOB_NAME_LENGTH",
        "{'jobName':'a b%s','config':{'specId':'s','imageId':'i'}}|JOB_NAME_CHARACTERS",
        "{'jobName':'a','jobDesc':'a%s','config':{'specId':'s','imageId':'i'}}|JOB_DESC_LENGTH",
        "{'jobName':'a b','jobDesc':'%s','config':{'specId':'s','nodeCount':0}}|JOB_NAME_CHARACTERS",
        "{'jobName':'a','config':{'specId':'s','nodeCount':0}}|PARAMETER_RANGE",
        "{'jobName':'a','config':{'specId':'s'}}|IMAGE_MISSING",
        "{'jobName':'a','config':{'specId':'s','imageId':'','imageUrl':''}}|IMAGE_MISSING",
        "{'jobName':'a','config':{'specId':'s','imageId':'i','nodeCount':1.0}}|PARAMETER_TYPE",
        "{'jobName':'a','config':{'specId':'s','imageId':'i','nodeCount':1e30}}|PARAMETER_TYPE",
        "{'jobName':'a','config':{'specId':'s','imageId':'i','nodeCount':123456789012345678901234567890}}"
                + "|PARAMETER_TYPE",
        "{'jobName':1.5,'config':{'imageId':'i'}}|PARAMETER_MISSING",
        "{'jobName':'a','config':{'specId':'s','imageId':'i','centerId':[null]}}|PARAMETER_TYPE",
        "{'jobName':'a','config':{'specId':'s','imageId':'i','port':0}}|PARAMETER_RANGE",
    })
    void aJobBodyGetsTheCodesOfA31AndB1(String body, ErrorCode expected) throws Exception {
        String json = body.replace('\'', '"').formatted("x".repeat(256));
        RequestSchema schema = json.contains("port") ? ONLINE : TRAINING;
        ApiException refused = assertThrows(ApiException.class, () -> schema.check(Json.MAPPER.readTree(json)));
        assertEquals(expected, refused.errorCode(), refused.errorMsg());
    }

    @Test
    void aMemberSentAsNullIsAbsent() throws Exception {
        JsonNode checked = TRAINING.check(Json.MAPPER.readTree(
                "{\"jobName\":\"a\",\"jobDesc\":null,\"config\":{\"specId\":\"s\",\"imageUrl\":\"u\","
                        + "\"nodeCount\":null}}"));
        assertFalse(checked.has("jobDesc"));
        assertFalse(checked.get("config").has("nodeCount"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pageSize|abc|PARAMETER_TYPE", "pageSize|1.5|PARAMETER_TYPE", "pageSize|0|PARAMETER_RANGE",
        "pageSize|1001|PARAMETER_RANGE", "page|0|PARAMETER_RANGE", "order|up|PARAMETER_VALUE",
        "sort|size|PARAMETER_VALUE", "connected|yes|PARAMETER_TYPE", "connected|True|PARAMETER_TYPE",
    })
    void parametersAreReadAsTheTypesTheirSchemaGives(String name, String value, ErrorCode expected) {
        ObjectNode query = Json.MAPPER.createObjectNode().put(name, value);
        ApiException refused = assertThrows(ApiException.class, () -> CENTERS.check(query));
        assertEquals(expected, refused.errorCode(), refused.errorMsg());
    }

    @Test
    void parametersOfTheirTypesPass() {
        assertDoesNotThrow(() -> CENTERS.check(Json.MAPPER.createObjectNode().put("pageSize", "1000")
                .put("page", "7").put("connected", "false").put("order", "asc").put("processorType", "5")));
    }
}
