package se.riksnorm.sidor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Dokument;

/**
 * docs/sidor.md's login variables are the ones the service reads: read as Micronaut reads the environment, the
 * {@code MICRONAUT_…} ones give the properties {@link KommunensInloggningTest} logs in with against a real OIDC server,
 * and each {@code RIKSNORM_…} one is read by application.yml. The login itself cannot be run against a kommun's
 * identity provider here; KommunensInloggningTest runs it against NAV's mock-oauth2-server.
 */
class InloggningsvariablernaTest {

    private static final Pattern EXPORT = Pattern.compile("^export (\\w+)=(\\S+)", Pattern.MULTILINE);

    @Test
    void variablernaGerEgenskapernaSomInloggningenAnvander() throws IOException {
        Map<String, Object> exporter = new LinkedHashMap<>();
        Matcher m = EXPORT.matcher(Dokument.las("docs/sidor.md").avsnitt("## Login for real use").block(0).text());
        while (m.find()) {
            exporter.put(m.group(1), m.group(2));
        }
        PropertySourcePropertyResolver miljon = new PropertySourcePropertyResolver(
                PropertySource.of("docs/sidor.md", exporter, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE));
        String konfiguration = Files.readString(Path.of("src/main/resources/application.yml"));

        assertThat(exporter).hasSize(5);
        assertThat(miljon.getProperty("micronaut.security.oauth2.clients.kommun.client-id", String.class)).contains("riksnorm");
        assertThat(miljon.getProperty("micronaut.security.oauth2.clients.kommun.client-secret", String.class)).contains("…");
        assertThat(miljon.getProperty("micronaut.security.oauth2.clients.kommun.openid.issuer", String.class))
                .contains("https://login.kommun.se/");
        assertThat(exporter.keySet().stream().filter(n -> n.startsWith("RIKSNORM_")))
                .containsExactly("RIKSNORM_KOMMUN_CLAIM", "RIKSNORM_PAGES_SECRET")
                .allSatisfy(namn -> assertThat(konfiguration).contains("${" + namn + ":"));
    }
}
