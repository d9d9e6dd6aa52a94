package se.riksnorm.sidor.admin;

import se.riksnorm.normfiles.Inlasningsutfall;
import se.riksnorm.domain.upprakning.Procentsats;
import se.riksnorm.app.upprakning.Riksnormutfall;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import se.riksnorm.normfiles.Inlasningsrapport;
import se.riksnorm.sidor.Formularfel;

/**
 * The administrator's start: every national year, the form proposing the next from the government's uppräkning, and
 * the last load of norms/.
 *
 * @param utfall the load report's count per outcome, in words
 * @param nastaAr the year after the last national year: the one to propose
 * @param falt the proposal's form as typed
 * @param meddelande what the last proposal did, or null
 */
public record Adminsida(List<Riksnormrad> riksnormer, Inlasningsrapport rapport, Map<String, Long> utfall, int nastaAr,
                        Map<String, String> falt, Formularfel fel, @Nullable String meddelande) {

    /** What a proposal of the national year did: stored as preliminary, or only a what-if and why. */
    public static String foreslagen(Riksnormutfall utfall, int ar, Procentsats procent) {
        String urForegaende = " ur " + (ar - 1) + " + " + procent.svenskText();
        return utfall.endastExempel()
                ? "Räkneexempel för riksnormen " + ar + urForegaende + ", inte lagrat. " + utfall.forklaring()
                : "Riksnormen " + ar + " är föreslagen (preliminär)" + urForegaende + ".";
    }

    /** A load outcome in words, as the report counts it ("3 nya"). */
    public static String utfall(Inlasningsutfall utfall) {
        return switch (utfall) {
            case NY -> "nya";
            case OFORANDRAD -> "oförändrade";
            case UPPDATERAD -> "uppdaterade";
            case VAGRAD -> "vägrade";
            case FEL -> "med fel";
        };
    }

    public String v(String namn) {
        return falt.getOrDefault(namn, "");
    }

    /** @param status "fastställd" or "preliminär" */
    public record Riksnormrad(int ar, String status, String upprakning, String giltig) {
    }
}
