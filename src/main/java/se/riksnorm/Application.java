package se.riksnorm;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

@OpenAPIDefinition(info = @Info(
        title = "riksnorm",
        version = "1",
        description = """
                Riksnormen för försörjningsstöd och kommunernas fördelning av den, år för år, med källan till \
                varje belopp och kontrollen av varje tabell mot riksnormens totalbelopp. \
                Fel besvaras som application/problem+json (RFC 9457).""",
        license = @License(name = "EUPL-1.2")))
public class Application {

    public static void main(String[] args) {
        // no banner: with RIKSNORM_LOGGFORMAT=JSON every line of the output is one JSON object
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
