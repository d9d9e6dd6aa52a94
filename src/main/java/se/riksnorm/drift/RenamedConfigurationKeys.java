package se.riksnorm.drift;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The configuration keys renamed to English in issue 13.3 (docs/drift.md, "Renamed configuration keys"). A service
 * still configured with an old key refuses to start and names the new one, rather than start without it: an API
 * key list, the pages' secret or a token rule silently dropped would lock every user out or weaken a check
 * (docs/adr/0148).
 */
@Context
public class RenamedConfigurationKeys {

    /** Old key or key prefix → new one. */
    static final Map<String, String> EGENSKAPER = Map.ofEntries(
            Map.entry("riksnorm.sidor.hemlighet", "riksnorm.pages.secret"),
            Map.entry("riksnorm.sidor.demo-inloggning", "riksnorm.pages.demo-login"),
            Map.entry("riksnorm.sidor.demo-anvandare", "riksnorm.pages.demo-users (name, password, roles, kommuner, description)"),
            Map.entry("riksnorm.sakerhet.api-nycklar", "riksnorm.security.api-keys (name, sha256, roles, kommuner)"),
            Map.entry("riksnorm.sakerhet.kommun-claim", "riksnorm.security.kommun-claim"),
            Map.entry("riksnorm.sakerhet.jwt.klockmarginal", "riksnorm.security.jwt.clock-skew"),
            Map.entry("riksnorm.sakerhet.jwt.kravs-nbf", "riksnorm.security.jwt.require-nbf"),
            Map.entry("riksnorm.berakningar.bevaras", "riksnorm.calculations.retention"),
            Map.entry("riksnorm.berakningar.gallring", "riksnorm.calculations.purge-interval"),
            Map.entry("riksnorm.http.rubriktid", "riksnorm.http.header-timeout"),
            Map.entry("riksnorm.normer.synk", "riksnorm.norms.sync"));

    /**
     * Old environment variable → new one, for those not read as a key above (RIKSNORM_SIDOR_HEMLIGHET is read as
     * riksnorm.sidor.hemlighet, so it is found there).
     */
    static final Map<String, String> MILJOVARIABLER = Map.of(
            "RIKSNORM_LOGGFORMAT", "RIKSNORM_LOG_FORMAT",
            "RIKSNORM_ROLLER_CLAIM", "RIKSNORM_ROLES_CLAIM",
            "RIKSNORM_NAMN_CLAIM", "RIKSNORM_NAME_CLAIM");

    RenamedConfigurationKeys(Environment miljo) {
        List<String> gamla = gamla(miljo::containsProperties, System.getenv());
        if (!gamla.isEmpty()) {
            throw new IllegalStateException("Konfigurationsnycklar har bytt namn (docs/drift.md, \"Renamed configuration "
                    + "keys\"); byt " + String.join(", ", gamla));
        }
    }

    /** Each old key or variable in use, as "old → new", sorted. */
    static List<String> gamla(Predicate<String> harEgenskap, Map<String, String> miljovariabler) {
        List<String> gamla = new ArrayList<>();
        EGENSKAPER.forEach((gammal, ny) -> {
            if (harEgenskap.test(gammal)) {
                gamla.add(gammal + " → " + ny);
            }
        });
        MILJOVARIABLER.forEach((gammal, ny) -> {
            if (miljovariabler.containsKey(gammal)) {
                gamla.add(gammal + " → " + ny);
            }
        });
        gamla.sort(null);
        return gamla;
    }
}
