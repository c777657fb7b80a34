package org.aicnet.conformance.platform;

import org.apache.http.HttpEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.mime.MultipartEntityBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A multipart/form-data body encoded in full before it is sent, so that it goes out with a Content-Length as browsers
 * and {@code curl -F} send it, never with {@code Transfer-Encoding: chunked} (reading "request bodies": a platform
 * need not accept chunked request bodies).
 */
record MultipartBody(String contentType, byte[] bytes) {

    static MultipartBody of(List<ApiRequest.Part> parts) {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create().setCharset(StandardCharsets.UTF_8);
        for (ApiRequest.Part part : parts) {
            if (part.file() == null) {
                builder.addTextBody(part.name(), part.text(), ContentType.create("text/plain", StandardCharsets.UTF_8));
            } else {
                builder.addBinaryBody(part.name(), part.file(), ContentType.APPLICATION_OCTET_STREAM, part.fileName());
            }
        }
        HttpEntity entity = builder.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            entity.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("kit defect: a multipart body could not be written to memory", e);
        }
        return new MultipartBody(entity.getContentType().getValue(), out.toByteArray());
    }

    /** For the evidence: the fields and the names of the files, as {@code curl -F} writes them. */
    static String describe(List<ApiRequest.Part> parts) {
        StringBuilder text = new StringBuilder("[multipart/form-data]");
        parts.forEach(part -> text.append(' ').append(part.name())
                .append(part.file() == null ? "=" + part.text() : "=@" + part.fileName()));
        return text.toString();
    }
}
