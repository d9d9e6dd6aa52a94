package se.riksnorm.web.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body of every JSON request of this API (its own request types), read by {@link StriktJson}, ahead of
 * Micronaut's lenient JSON reader, which still reads everything else.
 */
@Singleton
@Order(JsonMessageHandler.ORDER - 10)
@Consumes(MediaType.APPLICATION_JSON)
final class StriktJsonLasare<T> implements MessageBodyReader<T> {

    private final StriktJson json;

    StriktJsonLasare(StriktJson json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return mediaType != null && mediaType.matchesAllOrWildcardOrExtension(MediaType.EXTENSION_JSON)
                && type.getType().getName().startsWith("se.riksnorm.");
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> byteBuffer) {
        T varde = json.las(byteBuffer.toByteArray(), type);
        // released here when read, by the caller when reading fails (as Micronaut's JsonMessageHandler does)
        if (byteBuffer instanceof io.micronaut.core.io.buffer.ReferenceCounted rc) {
            rc.release();
        }
        return varde;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream) {
        try {
            return json.las(inputStream.readAllBytes(), type);
        } catch (IOException e) {
            throw new CodecException("Begäran kunde inte läsas: " + e.getMessage(), e);
        }
    }
}
