package se.riksnorm.web.http;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A kommun's table and each of its versions answer with an ETag, the hash of the answer: a decided version never
 * changes, a draft changes with its cells. A request whose If-None-Match names it gets 304 without a body
 * (docs/adr/0140). A filter, so the table controllers stay as they are.
 */
@ServerFilter({"/api/v1/kommuner/*/fordelningar/*", "/api/v1/kommuner/*/fordelningar/*/versioner/*"})
class TabellEtikett {

    private final JsonMapper json;

    TabellEtikett(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    MutableHttpResponse<?> etikett(HttpRequest<?> request, MutableHttpResponse<?> svar) {
        if (request.getMethod() != HttpMethod.GET || svar.getStatus() != HttpStatus.OK || svar.getBody().isEmpty()) {
            return svar;
        }
        try {
            return Etikett.medEtikett(request, svar, Etikett.av(json.writeValueAsBytes(svar.getBody().get())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
