package org.aicnet.schemas;

import com.networknt.schema.InputFormat;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaCatalogSmokeTest {

    @Test
    void errorBodyOfTableB1() {
        SchemaCatalog catalog = SchemaCatalog.get();
        assertTrue(catalog.violations(TableSchemas.ERROR, "{\"errorCode\":\"0202\",\"errorMsg\":\"bad\"}").isEmpty());
        assertEquals(1, catalog.violations(TableSchemas.ERROR, "{\"errorCode\":\"0202\"}").size());
        assertFalse(catalog.violations(TableSchemas.ERROR, "{\"errorCode\":202,\"errorMsg\":\"bad\"}").isEmpty());
    }

    @Test
    void parametersSentAsStringsAreReadAsTheTypesTheirSchemaGives() {
        SchemaCatalog catalog = SchemaCatalog.get();
        String typed = "{\"pageSize\":\"1000\",\"page\":\"2\",\"connected\":\"true\",\"processorType\":\"7\"}";
        assertTrue(catalog.parameterSchema(TableSchemas.CENTERS_QUERY).validate(typed, InputFormat.JSON).isEmpty());
        assertFalse(catalog.violations(TableSchemas.CENTERS_QUERY, typed).isEmpty(), "a JSON body is not read loosely");
        for (String wrong : new String[] {"{\"pageSize\":\"1.5\"}", "{\"pageSize\":\"abc\"}",
                "{\"pageSize\":\"0\"}", "{\"connected\":\"yes\"}", "{\"connected\":\"True\"}"}) {
            assertFalse(catalog.parameterSchema(TableSchemas.CENTERS_QUERY).validate(wrong, InputFormat.JSON).isEmpty(),
                    wrong);
        }
    }
}
