package se.riksnorm.support;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;

/**
 * A Micronaut test against the running HTTP server, on its own database, logged in with the test key that
 * holds every role ({@code test-alla}); {@code http().som(…)} and {@code http().anonym()} for other users.
 */
public abstract class KorandeTjanst extends EgenDatabas {

    @Inject
    protected EmbeddedServer server;

    private Http http;

    protected Http http() {
        if (http == null) {
            http = new Http(server.getURI()).som("test-alla");
        }
        return http;
    }
}
