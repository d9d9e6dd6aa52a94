package se.riksnorm.normfiles;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;

/** Small readers for values in a norms file that has already passed its schema. */
final class YamlNode {

    private YamlNode() {
    }

    static String textOrNull(JsonNode node, String falt) {
        JsonNode varde = node.get(falt);
        return varde == null || varde.isNull() ? null : varde.asText();
    }

    static LocalDate datumOrNull(JsonNode node, String falt) {
        String text = textOrNull(node, falt);
        return text == null ? null : LocalDate.parse(text);
    }

    static YearMonth manad(JsonNode node, String falt) {
        return YearMonth.parse(node.get(falt).asText());
    }

    static Kronor kronor(JsonNode node) {
        return Kronor.of(node.longValue());
    }

    /** Rounding names in files are the enum's names in lower case, e.g. {@code uppat_till_tiotal}. */
    static Avrundning avrundning(JsonNode node, String falt) {
        return Avrundning.valueOf(node.get(falt).asText().toUpperCase(java.util.Locale.ROOT));
    }
}
