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
 * negotiation) and hands back status, content type and body, never an exception for a 4xx. It logs in with
 * the API key it was made with ({@link #som}), or not at all ({@link #anonym}).
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The header the service reads API keys from (ApiNyckelFetcher). */
    public static final String API_NYCKEL = "X-API-Key";

    private final URI bas;
    private final String nyckel;

    /** Not logged in. */
    public Http(URI bas) {
        this(bas, null);
    }

    private Http(URI bas, String nyckel) {
        this.bas = bas;
        this.nyckel = nyckel;
    }

    /** The same server, logged in with the API key (application-test.yml: each key is its name). */
    public Http som(String apiNyckel) {
        return new Http(bas, apiNyckel);
    }

    public Http anonym() {
        return new Http(bas, null);
    }

    public URI bas() {
        return bas;
    }

    public Svar get(String sokvag) {
        return skicka(ny(sokvag).GET().build());
    }

    public Svar get(String sokvag, String accept) {
        return skicka(ny(sokvag).header("Accept", accept).GET().build());
    }

    public Svar post(String sokvag, String contentType, String body) {
        return skicka(ny(sokvag).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A request to the path, logged in as this client is. */
    public HttpRequest.Builder ny(String sokvag) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(sokvag)).timeout(Duration.ofSeconds(60));
        return nyckel == null ? builder : builder.header(API_NYCKEL, nyckel);
    }

    /**
     * Any method with a JSON body (or none when {@code json} is null) and extra headers as name, value pairs,
     * e.g. {@code begaran("PATCH", "/api/v1/forslag/1", "{…}", "X-API-Key", "anna.ulf")}; an API key given
     * here replaces the client's own, a header whose value is {@code null} is left out.
     */
    public Svar begaran(String metod, String sokvag, String json, String... rubriker) {
        boolean egenNyckel = false;
        for (int i = 0; i + 1 < rubriker.length; i += 2) {
            egenNyckel |= rubriker[i].equalsIgnoreCase(API_NYCKEL);
        }
        HttpRequest.Builder builder = (egenNyckel ? anonym() : this).ny(sokvag)
                .method(metod, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < rubriker.length; i += 2) {
            if (rubriker[i + 1] != null) {
                builder.header(rubriker[i], rubriker[i + 1]);
            }
        }
        return skicka(builder.build());
    }

    /**
     * A change of a proposal as a client that read it first makes it: the proposal's ETag (read with the key
     * test-alla) is sent in If-Match. {@code sokvag} is the proposal's path or one under it; where the proposal
     * cannot be read, the request goes without If-Match.
     */
    public Svar andraForslag(String metod, String sokvag, String json, String... rubriker) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("^/api/v1/forslag/([^/?]+)").matcher(sokvag);
        String etag = id.find() ? som("test-alla").get("/api/v1/forslag/" + id.group(1)).etag() : null;
        if (etag == null) {
            return begaran(metod, sokvag, json, rubriker);
        }
        String[] medEtag = java.util.Arrays.copyOf(rubriker, rubriker.length + 2);
        medEtag[rubriker.length] = "If-Match";
        medEtag[rubriker.length + 1] = etag;
        return begaran(metod, sokvag, json, medEtag);
    }

    /** Any method with a body of bytes of the given type (an uploaded file), and extra headers as name, value pairs. */
    public Svar ladda(String metod, String sokvag, String contentType, byte[] innehall, String... rubriker) {
        HttpRequest.Builder builder = ny(sokvag).method(metod, HttpRequest.BodyPublishers.ofByteArray(innehall))
                .header("Content-Type", contentType);
        for (int i = 0; i + 1 < rubriker.length; i += 2) {
            builder.header(rubriker[i], rubriker[i + 1]);
        }
        return skicka(builder.build());
    }

    /** A download: status, content type, the Content-Disposition header and the body's bytes. */
    public Fil hamtaFil(String sokvag) {
        try {
            HttpResponse<byte[]> svar = CLIENT.send(ny(sokvag).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Fil(svar.statusCode(), svar.headers().firstValue("Content-Type").orElse(""),
                    svar.headers().firstValue("Content-Disposition").orElse(""), svar.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Fil(int status, String contentType, String contentDisposition, byte[] innehall) {
    }

    public Svar skicka(HttpRequest request) {
        try {
            HttpResponse<String> svar = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Svar(svar.statusCode(), svar.headers().firstValue("Content-Type").orElse(""), svar.body(),
                    svar.headers().firstValue("Location").orElse(null), svar.headers());
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

    /**
     * @param location the Location header, or {@code null}
     * @param rubriker every header of the answer
     */
    public record Svar(int status, String contentType, String body, String location, java.net.http.HttpHeaders rubriker) {

        public Svar(int status, String contentType, String body, String location) {
            this(status, contentType, body, location, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
        }

        /** A header of the answer, or {@code null}. */
        public String rubrik(String namn) {
            return rubriker.firstValue(namn).orElse(null);
        }

        /** The ETag header, or {@code null}. */
        public String etag() {
            return rubrik("ETag");
        }

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
