package se.riksnorm.app.normer;

import se.riksnorm.storage.NormStore;
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
 * (PostgreSQL): every table change writes a history entry, and every change of a kommun or its choices raises its
 * version, so a new newest entry or a new sum of the kommuner's versions means another replica changed something,
 * and the snapshot is read again. A replica's own writes refresh it at once; others' are
 * seen within {@code riksnorm.norms.sync} (default 5 s).
 */
@Singleton
class NormSynk {

    private static final Logger LOG = LoggerFactory.getLogger(NormSynk.class);

    private final NormStore store;
    private final Normregister register;
    private final AtomicReference<String> senast = new AtomicReference<>();

    NormSynk(NormStore store, Normregister register) {
        this.store = store;
        this.register = register;
    }

    @Scheduled(fixedDelay = "${riksnorm.norms.sync:5s}", initialDelay = "${riksnorm.norms.sync:5s}")
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    void synka() {
        String lage = store.andringslage();
        String tidigare = senast.getAndSet(lage);
        if (tidigare == null) {
            register.lasOm(); // the first look: whatever was written between the start and now
        } else if (!Objects.equals(tidigare, lage)) {
            LOG.info("Normerna har ändrats i databasen (historik/kommuner {} → {}); läser om dem", tidigare, lage);
            register.lasOm();
        }
    }
}
