package se.riksnorm.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client for tests: sends exactly what it is given (no client-side encoding or content
 * negotiation) and hands back status, content type and body, never an exception for a 4xx.
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI bas;

    public Http(URI bas) {
        this.bas = bas;
    }

    public Svar get(String sokvag) {
        return skicka(HttpRequest.newBuilder(uri(sokvag)).GET().build());
    }

    public Svar get(String sokvag, String accept) {
        return skicka(HttpRequest.newBuilder(uri(sokvag)).header("Accept", accept).GET().build());
    }

    public Svar post(String sokvag, String contentType, String body) {
        return skicka(HttpRequest.newBuilder(uri(sokvag)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Svar skicka(HttpRequest request) {
        try {
            HttpResponse<String> svar = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Svar(svar.statusCode(), svar.headers().firstValue("Content-Type").orElse(""), svar.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String sokvag) {
        return URI.create(bas.toString().replaceAll("/$", "") + sokvag);
    }

    public record Svar(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("inte JSON: " + body, e);
            }
        }

        public boolean arProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }
}
