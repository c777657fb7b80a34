package org.aicnet.server.http;

import org.aicnet.server.standard.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestSchemaTest {

    private static final RequestSchema TOKEN = RequestSchema.of("token-request.json");

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
}
