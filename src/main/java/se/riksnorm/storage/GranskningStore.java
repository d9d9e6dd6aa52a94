package se.riksnorm.storage;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Granskningspost;

/**
 * The audit log. {@link #logga} joins the transaction of the write it records (never one of its own), so
 * the write and its entry are stored together or not at all.
 */
@Singleton
public class GranskningStore {

    private final GranskningRepository repository;

    GranskningStore(GranskningRepository repository) {
        this.repository = repository;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public void logga(Granskningspost post) {
        logga(post, null);
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    void logga(Granskningspost post, Long handelseId) {
        Anvandare vem = post.anvandare();
        repository.save(new GranskningRow(null, post.tidpunkt().toString(), vem.namn(), post.handling(), post.objekt(), post.fore(),
                post.efter(), handelseId, vem.inloggning().name(), vem.identitet()));
    }

    /** Newest first, between two instants, optionally one user's. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Sida lista(Instant fran, Instant till, String anvandare, int sida, int storlek) {
        Pageable pageable = Pageable.from(sida, storlek, Sort.of(Sort.Order.desc("id")));
        Page<GranskningRow> rader = anvandare == null
                ? repository.findByTidpunktBetween(fran.toString(), till.toString(), pageable)
                : repository.findByAnvandareAndTidpunktBetween(anvandare, fran.toString(), till.toString(), pageable);
        return sida(rader);
    }

    /**
     * As {@link #lista}, only entries whose object matches a LIKE pattern: the administrator's page filters by table
     * and kommun ("fördelning nykoping%") this way.
     */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Sida lista(Instant fran, Instant till, String anvandare, String objektMonster, int sida, int storlek) {
        if (objektMonster == null) {
            return lista(fran, till, anvandare, sida, storlek);
        }
        Pageable pageable = Pageable.from(sida, storlek, Sort.of(Sort.Order.desc("id")));
        Page<GranskningRow> rader = anvandare == null
                ? repository.findByObjektLikeAndTidpunktBetween(objektMonster, fran.toString(), till.toString(), pageable)
                : repository.findByAnvandareAndObjektLikeAndTidpunktBetween(anvandare, objektMonster, fran.toString(), till.toString(),
                        pageable);
        return sida(rader);
    }

    private static Sida sida(Page<GranskningRow> rader) {
        return new Sida(rader.getContent().stream().map(r -> new Post(r.id(), new Granskningspost(Instant.parse(r.tidpunkt()),
                new Anvandare(r.anvandare(), Anvandare.Inloggning.valueOf(r.anvandartyp()), r.identitet()), r.handling(), r.objekt(),
                r.fore(), r.efter()))).toList(), rader.getTotalSize());
    }

    /** One page of the log. */
    public record Sida(List<Post> poster, long totalt) {
    }

    /** An entry with its number in the log. */
    public record Post(long id, Granskningspost post) {
    }
}
