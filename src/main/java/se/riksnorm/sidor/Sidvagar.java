package se.riksnorm.sidor;

import java.util.List;

/** Which paths are the people's pages, and which are the API and the service's machine endpoints. */
public final class Sidvagar {

    private static final List<String> INTE_SIDOR = List.of("/api/", "/swagger", "/health", "/prometheus", "/oauth/");

    private Sidvagar() {
    }

    public static boolean arSida(String path) {
        return INTE_SIDOR.stream().noneMatch(path::startsWith);
    }
}
