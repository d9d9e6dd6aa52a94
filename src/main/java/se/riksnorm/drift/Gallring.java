package se.riksnorm.drift;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.storage.BerakningStore;

/**
 * Stored calculations are kept {@code riksnorm.calculations.retention} (730 days: the case, an appeal and a second
 * instance) and then removed, oldest first, in transactions of {@value #PER_TRANSAKTION}, each with its audit
 * entry; an administrator may remove older ones sooner (docs/adr/0147). Every replica runs it: removing what
 * another replica removed already removes nothing.
 */
@Singleton
public class Gallring {

    private static final Logger LOG = LoggerFactory.getLogger(Gallring.class);
    static final int PER_TRANSAKTION = 500;
    private static final Anvandare GALLRING = Anvandare.system("gallring av sparade beräkningar");

    private final BerakningStore store;
    private final Duration bevaras;

    Gallring(BerakningStore store, @Value("${riksnorm.calculations.retention:730d}") Duration bevaras) {
        this.store = store;
        this.bevaras = bevaras;
    }

    @Scheduled(fixedDelay = "${riksnorm.calculations.purge-interval:1h}", initialDelay = "${riksnorm.calculations.purge-interval:1h}")
    void gallraEfterBevarandetiden() {
        Instant fore = Instant.now().minus(bevaras);
        try {
            int borttagna = gallra(fore, GALLRING);
            if (borttagna > 0) {
                LOG.info("Gallring: {} sparade beräkningar från före {} borttagna", borttagna, fore);
            }
        } catch (RuntimeException e) {
            LOG.warn("Gallringen av sparade beräkningar misslyckades; den görs om vid nästa tillfälle: {}", e.getMessage());
        }
    }

    /** Removes every calculation stored before {@code fore}; how many. */
    public int gallra(Instant fore, Anvandare anvandare) {
        int totalt = 0;
        int borttagna;
        do {
            borttagna = store.gallra(fore, PER_TRANSAKTION, anvandare);
            totalt += borttagna;
        } while (borttagna == PER_TRANSAKTION);
        return totalt;
    }
}
