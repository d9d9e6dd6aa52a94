package se.riksnorm.storage;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.historik.Granskningspost;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.historik.Handelsetyp;
import se.riksnorm.domain.tabell.Skillnad;

/**
 * The history of every table: each step with who, when, why and every cell it changed. Written in the
 * transaction of the change it records, so a change and its entry are stored together or not at all.
 */
@Singleton
public class HistorikStore {

    private static final String RIKSNORM = "RIKSNORM";
    private static final String FORDELNING = "FORDELNING";

    private final HandelseRepository handelser;
    private final HandelseSkillnadRepository skillnader;
    private final GranskningStore granskning;

    HistorikStore(HandelseRepository handelser, HandelseSkillnadRepository skillnader, GranskningStore granskning) {
        this.handelser = handelser;
        this.skillnader = skillnader;
        this.granskning = granskning;
    }

    @Transactional
    public void riksnorm(int ar, Handelse handelse) {
        spara(RIKSNORM, null, ar, handelse);
    }

    @Transactional
    public void fordelning(String kommun, int ar, Handelse handelse) {
        spara(FORDELNING, kommun, ar, handelse);
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<Handelse> forRiksnorm(int ar) {
        return las(handelser.findByTabellAndArAndKommunIsNullOrderById(RIKSNORM, ar));
    }

    /** The kommun's table for the year: its proposals, decisions, replacements and loads, oldest first. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<Handelse> forFordelning(String kommun, int ar) {
        return las(handelser.findByTabellAndKommunAndArOrderById(FORDELNING, kommun, ar));
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public List<Handelse> forForslag(long forslagId) {
        return las(handelser.findByForslagIdOrderById(forslagId));
    }

    private void spara(String tabell, String kommun, int ar, Handelse handelse) {
        Anvandare vem = handelse.anvandare();
        long id = handelser.save(new HandelseRow(null, tabell, kommun, ar, handelse.forslagId(), handelse.typ().name(),
                vem.namn(), handelse.tidpunkt().toString(), handelse.motivering(), vem.inloggning().name(), vem.identitet())).id();
        List<HandelseSkillnadRow> rader = new ArrayList<>();
        handelse.skillnader().forEach(s -> rader.add(new HandelseSkillnadRow(null, id, s.var(), s.fore(), s.efter())));
        skillnader.saveAll(rader);
        granskning.logga(new Granskningspost(handelse.tidpunkt(), handelse.anvandare(), handelse.typ().name(),
                (tabell.equals(RIKSNORM) ? "riksnorm " : "fördelning " + kommun + " ") + ar
                        + (handelse.forslagId() == null ? "" : ", förslag " + handelse.forslagId()),
                fore(handelse), efter(handelse)), id);
    }

    /** Before and after of a table change for the audit log: each changed cell, in the files' keys. */
    private static String fore(Handelse handelse) {
        return handelse.skillnader().isEmpty() ? null : String.join("; ",
                handelse.skillnader().stream().map(s -> s.var() + " = " + s.fore()).toList());
    }

    private static String efter(Handelse handelse) {
        String celler = String.join("; ", handelse.skillnader().stream().map(s -> s.var() + " = " + s.efter()).toList());
        String motivering = handelse.motivering() == null ? "" : handelse.motivering();
        return celler.isEmpty() ? motivering : motivering.isEmpty() ? celler : motivering + " — " + celler;
    }

    private List<Handelse> las(List<HandelseRow> rader) {
        return rader.stream().map(rad -> new Handelse(Handelsetyp.valueOf(rad.typ()),
                new Anvandare(rad.anvandare(), Anvandare.Inloggning.valueOf(rad.anvandartyp()), rad.identitet()),
                Instant.parse(rad.tidpunkt()), rad.motivering(), rad.forslagId(),
                skillnader.findByHandelseIdOrderById(rad.id()).stream()
                        .map(s -> new Skillnad(s.var(), s.fore(), s.efter())).toList())).toList();
    }
}
