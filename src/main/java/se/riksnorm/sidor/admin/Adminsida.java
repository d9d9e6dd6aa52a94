package se.riksnorm.sidor.admin;

import java.util.List;
import java.util.Map;
import se.riksnorm.normfiles.Inlasningsrapport;

/**
 * The administrator's start: every national year and the last load of norms/.
 *
 * @param utfall the load report's count per outcome, in words
 */
public record Adminsida(List<Riksnormrad> riksnormer, Inlasningsrapport rapport, Map<String, Long> utfall) {

    /** @param status "fastställd" or "preliminär" */
    public record Riksnormrad(int ar, String status, String upprakning, String giltig) {
    }
}
