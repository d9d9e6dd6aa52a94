package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service configured with a key renamed in issue 13.3 refuses to start and names the new key (docs/adr/0148). */
class RenamedConfigurationKeysTest {

    @Test
    void enGammalNyckelEllerMiljovariabelNamnsMedSinNya() {
        Set<String> satta = Set.of("riksnorm.sakerhet.api-nycklar", "riksnorm.normer.synk");

        assertThat(RenamedConfigurationKeys.gamla(satta::contains, Map.of("RIKSNORM_LOGGFORMAT", "JSON", "PATH", "/bin")))
                .containsExactly(
                        "RIKSNORM_LOGGFORMAT → RIKSNORM_LOG_FORMAT",
                        "riksnorm.normer.synk → riksnorm.norms.sync",
                        "riksnorm.sakerhet.api-nycklar → riksnorm.security.api-keys (name, sha256, roles, kommuner)");
    }

    @Test
    void deNyaNycklarnaArInteGamla() {
        Set<String> satta = Set.of("riksnorm.security.api-keys", "riksnorm.norms.sync", "riksnorm.pages.secret");

        assertThat(RenamedConfigurationKeys.gamla(satta::contains, Map.of("RIKSNORM_LOG_FORMAT", "JSON"))).isEmpty();
    }

    @Test
    void tjanstenStartarInteMedEnGammalNyckel(@TempDir Path temp) {
        Map<String, Object> egenskaper = Map.of(
                "micronaut.server.port", -1,
                "riksnorm.database.path", temp.resolve("riksnorm.db").toString(),
                "riksnorm.norms.load-on-startup", false,
                "riksnorm.sakerhet.api-nycklar[0].namn", "verksamhetssystem");

        assertThatThrownBy(() -> ApplicationContext.run(egenskaper, "test").close())
                .satisfies(fel -> assertThat(rot(fel)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("riksnorm.sakerhet.api-nycklar → riksnorm.security.api-keys"));
    }

    @Test
    void tjanstenStartarMedDeNyaNycklarna(@TempDir Path temp) {
        Map<String, Object> egenskaper = Map.of(
                "micronaut.server.port", -1,
                "riksnorm.database.path", temp.resolve("riksnorm.db").toString(),
                "riksnorm.norms.load-on-startup", false);

        try (ApplicationContext tjanst = ApplicationContext.run(egenskaper, "test")) {
            assertThat(tjanst.getBean(RenamedConfigurationKeys.class)).isNotNull();
            assertThat(tjanst.getProperty("riksnorm.security.api-keys[0].name", String.class)).contains("test-alla");
        }
    }

    private static Throwable rot(Throwable fel) {
        Throwable rot = fel;
        while (rot.getCause() != null) {
            rot = rot.getCause();
        }
        return rot;
    }
}
