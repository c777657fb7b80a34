package org.aicnet.schemas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A reference names the file at its path relative to the folder of the file that makes it, and none outside. */
class SchemaPathsTest {

    @Test
    void aReferenceIsRelativeToTheFolderOfItsFile() {
        assertEquals(TableSchemas.CPU,
                SchemaPaths.fileOf(TableSchemas.RESOURCE_SPEC_INFO, "../6.3-data-types/cpu.json"));
        assertEquals(TableSchemas.NODE_RESOURCE,
                SchemaPaths.fileOf(TableSchemas.CENTER_RESOURCE, "node-resource.json"));
        assertEquals(TableSchemas.PAGING_QUERY,
                SchemaPaths.fileOf("openapi.yaml", "7.3.1-centers/paging-query.json#/properties/page"));
        assertEquals(TableSchemas.COMPLIANCE_REPORT,
                SchemaPaths.fileOf(TableSchemas.COMPLIANCE_REPORT, "#/$defs/check"));
    }

    @Test
    void theFragmentIsTheJsonPointer() {
        assertEquals("/properties/page", SchemaPaths.pointerOf("../7.3.1-centers/paging-query.json#/properties/page"));
        assertEquals("", SchemaPaths.pointerOf("../6.3-data-types/cpu.json"));
    }

    @Test
    void noReferenceLeadsOutOfTheSchemasOrToAnotherKindOfFile() {
        assertThrows(IllegalArgumentException.class, () -> SchemaPaths.fileOf(TableSchemas.CPU, "../../pom.json"));
        assertThrows(IllegalArgumentException.class,
                () -> SchemaPaths.fileOf(TableSchemas.CPU, "https://example.org/schemas/cpu.json"));
        assertThrows(IllegalArgumentException.class, () -> SchemaPaths.fileOf(TableSchemas.CPU, "../openapi.yaml"));
    }

    @Test
    void theFileNameIsThePathsLastPart() {
        assertEquals("center.json", SchemaPaths.fileName(TableSchemas.CENTER));
        assertEquals("openapi.yaml", SchemaPaths.fileName("openapi.yaml"));
    }
}
