package org.aicnet.schemas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaCatalogSmokeTest {

    @Test
    void errorBodyOfTableB1() {
        SchemaCatalog catalog = SchemaCatalog.get();
        assertTrue(catalog.violations("error.json", "{\"errorCode\":\"0202\",\"errorMsg\":\"bad\"}").isEmpty());
        assertEquals(1, catalog.violations("error.json", "{\"errorCode\":\"0202\"}").size());
        assertFalse(catalog.violations("error.json", "{\"errorCode\":202,\"errorMsg\":\"bad\"}").isEmpty());
    }
}
