package se.riksnorm.normfiles;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.upprakning.UmgangeOforandrad;
import se.riksnorm.domain.upprakning.UmgangeUrPersonliga;
import se.riksnorm.domain.upprakning.Umgangesregel;

/** Reads the optional {@code upprakning.umgangesnorm} section of a {@code kommun.yaml} (docs/adr/0012). */
final class UmgangesregelFileReader {

    private UmgangesregelFileReader() {
    }

    /** The kommun's rule, or {@code null} where its file names none (the default then applies). */
    static Umgangesregel las(JsonNode kommunfil) {
        JsonNode nod = kommunfil.path("upprakning").path("umgangesnorm");
        if (nod.isMissingNode()) {
            return null;
        }
        if ("oforandrad".equals(nod.get("regel").asText())) {
            return new UmgangeOforandrad();
        }
        Set<Behovspost> utom = EnumSet.noneOf(Behovspost.class);
        nod.get("utom").forEach(post -> utom.add(Behovspost.forNyckel(post.asText()).orElseThrow()));
        return new UmgangeUrPersonliga(utom, new BigDecimal(nod.get("dagar_per_ar").asText()),
                YamlNode.avrundning(nod, "avrundning"));
    }
}
