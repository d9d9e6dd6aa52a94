package se.riksnorm.sidor;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a {@link Sidfel} with the error page, in the problem's status and words. */
@Singleton
class SidfelHandler implements ExceptionHandler<Sidfel, MutableHttpResponse<?>> {

    private final Felsidor felsidor;

    SidfelHandler(Felsidor felsidor) {
        this.felsidor = felsidor;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, Sidfel fel) {
        return felsidor.svar(request, fel.problem());
    }
}
