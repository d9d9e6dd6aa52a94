package se.riksnorm.sidor.admin;

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

    public String v(String namn) {
        return falt.getOrDefault(namn, "");
    }

    /** @param status "fastställd" or "preliminär" */
    public record Riksnormrad(int ar, String status, String upprakning, String giltig) {
    }
}
