package se.riksnorm.sidor;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import se.riksnorm.sidor.sakerhet.Inloggad;

/**
 * What every page shows around its content: the title, who is logged in, the menu of what the roles give, and the
 * CSRF token every form of the page carries.
 */
public record Sida(String titel, @Nullable Inloggad inloggad, List<Lank> meny, String csrf) {

    /** htmx, from its WebJar (pom.xml: htmx.version). */
    public static final String HTMX = "/webjars/htmx.org/2.0.7/dist/htmx.min.js";
    public static final String STIL = "/static/stil.css";
}
