package se.riksnorm.storage;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Tabellursprung;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.kalla.Kalla;

/**
 * Tables a kommun enters through the API: each stored as the year's next version (a draft or a decision), with its
 * source and its history entry, in one transaction. Two entries racing for the same year cannot both win: the version
 * read is checked again in the transaction and the database's unique (kommun, år, version) refuses the second.
 */
@Singleton
public class InmatningStore {

    /** SQLite's extended result code for a violated UNIQUE constraint, and PostgreSQL's SQLSTATE. */
    private static final int SQLITE_UNIQUE = 2067;
    private static final String POSTGRES_UNIQUE = "23505";

    private final NormStore normStore;
    private final HistorikStore historik;

    InmatningStore(NormStore normStore, HistorikStore historik) {
        this.normStore = normStore;
        this.historik = historik;
    }

    /**
     * @param lastVersion the version in force when the table was checked (0: none)
     * @param ersatter the decided version a decision replaces, or {@code null}
     * @param ersatt the history entry of the replaced version, or {@code null}
     * @return the stored version's number
     * @throws SamtidigSkrivning when another write stored a version of the year first: nothing is stored
     */
    @Transactional
    public int spara(Fordelning tabell, String kallfil, int lastVersion, Integer ersatter, Handelse handelse, Handelse ersatt) {
        Kalla kalla = normStore.unikKalla(tabell.kalla());
        normStore.sparaKallor(List.of(kalla), handelse.anvandare());
        int version;
        try {
            version = normStore.sparaInmatad(tabell.medKalla(kalla), kallfil, ersatter, lastVersion);
        } catch (DataAccessException e) {
            if (unik(e)) {
                throw new SamtidigSkrivning(tabell.kommun().namn() + " " + tabell.ar() + " fick en ny version av någon annan "
                        + "samtidigt; inget sparades. Läs tabellen igen.");
            }
            throw e;
        }
        if (ersatt != null) {
            historik.fordelning(tabell.kommun().id(), tabell.ar(), ersatt);
        }
        historik.fordelning(tabell.kommun().id(), tabell.ar(), handelse);
        return version;
    }

    private static boolean unik(Throwable fel) {
        for (Throwable orsak = fel; orsak != null; orsak = orsak.getCause()) {
            if (orsak instanceof SQLException sql
                    && (POSTGRES_UNIQUE.equals(sql.getSQLState()) || sql.getErrorCode() == SQLITE_UNIQUE
                    || String.valueOf(sql.getMessage()).contains("UNIQUE constraint failed"))) {
                return true;
            }
        }
        return false;
    }
}
