package se.riksnorm.storage;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this replica's snapshot of the norms in step with the database when several replicas share one
 * (PostgreSQL): every table change writes a history entry, so a new newest entry means another replica
 * changed something, and the snapshot is read again. A replica's own writes refresh it at once; others' are
 * seen within {@code riksnorm.normer.synk} (default 5 s).
 */
@Singleton
class NormSynk {

    private static final Logger LOG = LoggerFactory.getLogger(NormSynk.class);

    private final HandelseRepository handelser;
    private final Normregister register;
    private final AtomicReference<Long> senast = new AtomicReference<>();

    NormSynk(HandelseRepository handelser, Normregister register) {
        this.handelser = handelser;
        this.register = register;
    }

    @Scheduled(fixedDelay = "${riksnorm.normer.synk:5s}", initialDelay = "${riksnorm.normer.synk:5s}")
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    void synka() {
        Long nyast = handelser.findMaxId();
        Long tidigare = senast.getAndSet(nyast == null ? 0L : nyast);
        if (tidigare == null) {
            register.lasOm(); // the first look: whatever was written between the start and now
        } else if (!Objects.equals(tidigare, nyast == null ? 0L : nyast)) {
            LOG.info("Normerna har ändrats i databasen (historik {} → {}); läser om dem", tidigare, nyast);
            register.lasOm();
        }
    }
}
