package se.riksnorm.drift;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.riksnorm.domain.Normbok;
import se.riksnorm.app.normer.NormLoadService;
import se.riksnorm.normfiles.Inlasningsutfall;
import se.riksnorm.app.normer.Normregister;

/**
 * The service's own metrics beside Micronaut's request rates and latencies (http.server.requests):
 * calculations by kind and outcome, and the validation findings of the stored tables.
 */
@Singleton
public class Driftmatt {

    private final MeterRegistry registry;
    private final Map<Slag, Counter> raknare = new ConcurrentHashMap<>();

    Driftmatt(MeterRegistry registry, Normregister register, NormLoadService loader) {
        this.registry = registry;
        Gauge.builder("riksnorm.normer.avvikelser", register, r -> antalAvvikelser(r.aktuell()))
                .description("Avvikelser i de lagrade tabellerna (t.ex. en kolumn som inte summerar till riksnormen)")
                .register(registry);
        Gauge.builder("riksnorm.normer.riksnormer", register, r -> r.aktuell().riksnormer().size())
                .description("Antal år med riksnorm").register(registry);
        Gauge.builder("riksnorm.inlasning.vagrade", loader, l -> l.senasteRapport().antal(Inlasningsutfall.VAGRAD) + l.senasteRapport().antal(Inlasningsutfall.FEL))
                .description("Filer i norms/ som vägrades eller inte kunde läsas vid senaste inläsningen").register(registry);
    }

    /** Counts a calculation: {@code typ} e.g. forsorjningsstod, {@code utfall} beraknad or avvisad. */
    public void berakning(String typ, String utfall) {
        raknare.computeIfAbsent(new Slag(typ, utfall), k -> Counter.builder("riksnorm.berakningar")
                .description("Beräkningar per slag och utfall").tag("typ", typ).tag("utfall", utfall).register(registry)).increment();
    }

    /** A counter's key, not a joined string: every calculation of a batch line counts, and the join was a string each time. */
    private record Slag(String typ, String utfall) {
    }

    static long antalAvvikelser(Normbok normbok) {
        long antal = normbok.riksnormer().stream().mapToLong(r -> normbok.avvikelser(r).size()).sum();
        for (var kommun : normbok.kommuner()) {
            antal += normbok.fordelningar(kommun).stream().mapToLong(f -> normbok.avvikelser(f).size()).sum();
        }
        return antal;
    }
}
