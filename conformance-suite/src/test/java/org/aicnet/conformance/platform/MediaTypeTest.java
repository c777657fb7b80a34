package org.aicnet.conformance.platform;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading R-media-type, read one way for JSON answers and task logs alike. */
class MediaTypeTest {

    @Test
    void readsTheCharsetAsWrittenInAnyCaseAndSpacing() {
        assertEquals(Optional.of("utf-8"), MediaType.charset("application/json; charset=utf-8"));
        assertEquals(Optional.of("UTF-8"), MediaType.charset("text/plain;Charset = \"UTF-8\""));
        assertEquals(Optional.of("ISO-8859-1"), MediaType.charset("text/plain; foo=bar; charset=ISO-8859-1"));
        assertEquals(Optional.empty(), MediaType.charset("application/json"));
    }

    @Test
    void utf8IsUtf8InAnyCaseOrItsAliasUtf8() {
        assertTrue(MediaType.isUtf8("UTF-8"));
        assertTrue(MediaType.isUtf8("utf8"));
        assertFalse(MediaType.isUtf8("ISO-8859-1"));
        assertFalse(MediaType.isUtf8("utf-16"));
    }

    @Test
    void aJsonAnswerInAnotherCharsetFailsAndOneWithoutACharsetPasses() {
        assertEquals(Optional.empty(), Expect.jsonInUtf8(answer("application/json")));
        assertEquals(Optional.of("utf8"), Expect.jsonInUtf8(answer("application/json;charset=utf8")));
        AssertionError latin = assertThrows(AssertionError.class,
                () -> Expect.jsonInUtf8(answer("application/json; charset=ISO-8859-1")));
        assertTrue(latin.getMessage().contains("ISO-8859-1"), latin.getMessage());
        assertThrows(AssertionError.class, () -> Expect.jsonInUtf8(answer("text/plain; charset=utf-8")));
    }

    private static ApiResponse answer(String contentType) {
        return new ApiResponse(200, Map.of("Content-Type", contentType), "{}".getBytes(), ErrorBody.DEFAULT_POINTER);
    }
}
