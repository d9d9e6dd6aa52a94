package se.riksnorm.sidor.inloggning;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import se.riksnorm.sidor.sakerhet.DemoInloggning;

/**
 * The login page's form for the demo users (dev): the form's fields are read as the pages read every form, and the
 * login is issued by the framework's cookie login handler, as after the identity provider's login (the same cookie,
 * the same return to the page asked for). Micronaut's own login endpoint binds the form through the JSON readers,
 * which read strictly (docs/adr/0142) and refuse a form's fields.
 */
@Hidden
@Controller(value = "/logga-in")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(bean = DemoInloggning.class)
class DemoInloggningController {

    private final DemoInloggning demo;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> inloggning;

    DemoInloggningController(DemoInloggning demo, LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> inloggning) {
        this.demo = demo;
        this.inloggning = inloggning;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> loggaIn(HttpRequest<?> request, @Body Map<String, String> formular) {
        var inloggad = demo.loggaIn(formular.get("username"), formular.get("password"));
        if (inloggad.isPresent()) {
            return inloggning.loginSuccess(inloggad.get(), request);
        }
        return inloggning.loginFailed(AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH), request);
    }
}
