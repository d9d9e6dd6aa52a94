package se.riksnorm.sidor.inloggning;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import se.riksnorm.sidor.Sidor;
import se.riksnorm.sidor.sakerhet.DemoAnvandare;
import se.riksnorm.sidor.sakerhet.DemoInloggning;

/**
 * The login page. The form posts to {@link DemoInloggningController} (dev: the demo users); the identity
 * provider's login starts at /oauth/login/kommun (OpenID Connect, authorization code flow).
 */
@Hidden
@Controller(value = "/logga-in", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class InloggningController {

    private final Sidor sidor;
    private final List<DemoAnvandare> demo;
    private final boolean kommunensInloggning;

    InloggningController(Sidor sidor, List<DemoAnvandare> demo,
                         @Value("${" + DemoInloggning.EGENSKAP + ":false}") boolean formular,
                         @Nullable @Value("${micronaut.security.oauth2.clients.kommun.client-id:}") String klient) {
        this.sidor = sidor;
        this.demo = formular ? List.copyOf(demo) : List.of();
        this.kommunensInloggning = klient != null && !klient.isBlank();
    }

    @Get
    @View("logga-in")
    Map<String, Object> visa(HttpRequest<?> request, @Nullable @QueryValue String fel, @Nullable @QueryValue String utloggad) {
        return sidor.vy(request, Inloggningssida.TITEL, Inloggningssida.av(demo, kommunensInloggning, utloggad != null, fel != null));
    }
}
