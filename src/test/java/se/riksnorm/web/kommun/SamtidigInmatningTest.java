package se.riksnorm.web.kommun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.storage.SamtidigSkrivning;
import se.riksnorm.support.Databasdump;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.app.upprakning.Inmatning;
import se.riksnorm.app.upprakning.InmatningService;

/**
 * Two sakkunniga check the same year's table against the same version and both store: the second finds another
 * version in force, in its own transaction, and is refused (409 samtidig-andring), so the first one's entry is never
 * silently replaced; nothing of the second is stored.
 */
@MicronautTest(transactional = false)
class SamtidigInmatningTest extends KorandeTjanst {

    @Inject
    InmatningService tjanst;
    @Inject
    Normregister register;
    @Inject
    DataSource dataSource;

    @Test
    void denSomLagrarSistMotEnGammalVersionVagras() {
        byte[] xlsx = EgenTabellTest.redigeradXlsx(http());
        Kommun tranas = register.aktuell().kommun("tranas").orElseThrow();
        Inmatning forsta = tjanst.granska(tranas, 2022, xlsx, InmatningService.Format.XLSX, null, Anvandare.apiNyckel("a"), t -> { });
        Inmatning andra = tjanst.granska(tranas, 2022, xlsx, InmatningService.Format.XLSX, null, Anvandare.apiNyckel("b"), t -> { });
        assertThat(forsta.versionIKraft()).isZero();
        assertThat(andra.versionIKraft()).isZero();

        assertThat(tjanst.lagra(forsta, Anvandare.apiNyckel("a")).version()).isEqualTo(1);
        String efterForsta = Databasdump.av(dataSource);
        assertThatThrownBy(() -> tjanst.lagra(andra, Anvandare.apiNyckel("b"))).isInstanceOf(SamtidigSkrivning.class)
                .hasMessage("Tranås 2022 har fått version 1 sedan version 0 lästes; inget sparades. Läs tabellen igen.");
        assertThat(Databasdump.av(dataSource)).isEqualTo(efterForsta);
    }
}
