package se.riksnorm.storage;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers a lasting storage fault (a full disk, a read-only database) from the moment a write meets it until
 * a probe write succeeds again, so readiness is DOWN while it lasts and UP as soon as space or write access is
 * back (docs/adr/0141). A fault that passes by itself (a busy lock) is not remembered.
 */
@Singleton
public class Lagringsvakt {

    private static final Logger LOG = LoggerFactory.getLogger(Lagringsvakt.class);
    /** Probes at most this often, however often readiness is asked. */
    private static final Duration PROVINTERVALL = Duration.ofSeconds(1);

    private final Skrivprov skrivprov;
    private final AtomicReference<Fel> fel = new AtomicReference<>();
    private volatile Instant senastProvad = Instant.EPOCH;

    Lagringsvakt(Skrivprov skrivprov) {
        this.skrivprov = skrivprov;
    }

    /** A write met this fault; a lasting one is remembered until a probe write succeeds. */
    public void rapportera(Lagringsfel typ) {
        if (typ.bestaende() && fel.compareAndSet(null, new Fel(typ, Instant.now()))) {
            LOG.error("Lagringen tar inte emot skrivningar ({}); beredskapen är DOWN tills en provskrivning lyckas", typ);
        }
    }

    /** The lasting fault that still holds, probing (at most once a second) whether it has passed. */
    public Optional<Fel> aktuelltFel() {
        Fel nu = fel.get();
        if (nu == null || Instant.now().isBefore(senastProvad.plus(PROVINTERVALL))) {
            return Optional.ofNullable(nu);
        }
        senastProvad = Instant.now();
        try {
            skrivprov.prova();
        } catch (RuntimeException e) {
            Lagringsfel typ = Lagringsfel.av(e).orElse(nu.typ());
            LOG.debug("Provskrivningen misslyckades: {}", typ, e);
            return Optional.of(nu);
        }
        if (fel.compareAndSet(nu, null)) {
            LOG.info("Lagringen tar emot skrivningar igen efter {} sedan {}", nu.typ(), nu.sedan());
        }
        return Optional.empty();
    }

    /** A lasting fault and when it was first met. */
    public record Fel(Lagringsfel typ, Instant sedan) {
    }
}
