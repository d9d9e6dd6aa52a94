package se.riksnorm;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;

/*
 * Every operation needs a login unless it says otherwise (security: [] on the public ones): an API key in X-API-Key
 * or a bearer JWT from the kommun's identity provider (docs/adr/0040). Swagger UI's Authorize takes either.
 */
@SecurityScheme(name = "apiNyckel", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-API-Key",
        description = "En API-nyckel för ett system (konfigureras med namn, SHA-256, roller och kommuner).")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "En JWT från kommunens inloggning: roller och kommuner ur tokenens claims, exp och nbf krävs.")
@OpenAPIDefinition(security = {@SecurityRequirement(name = "apiNyckel"), @SecurityRequirement(name = "bearer")},
        servers = @Server(url = "http://localhost:8080", description = "mvn -B mn:run (dev, demo-nycklar)"),
        info = @Info(
        title = "riksnorm",
        version = "1",
        description = """
                Riksnormen för försörjningsstöd och kommunernas fördelning av den, år för år, med källan till \
                varje belopp och kontrollen av varje tabell mot riksnormens totalbelopp. \
                Fel besvaras som application/problem+json (RFC 9457).""",
        license = @License(name = "EUPL-1.2")))
public class Application {

    public static void main(String[] args) {
        // no banner: with RIKSNORM_LOG_FORMAT=JSON every line of the output is one JSON object
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
