package se.riksnorm.sidor.beslut;

import java.util.List;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.sidor.sakkunnig.Kommunsida;

/**
 * The beslutsfattare's page of a kommun: proposals handed over and waiting for the nämnd, those still with the
 * sakkunnig, and the decided years.
 */
public record Beslutslista(Kommun kommun, List<Kommunsida.Forslagsrad> vantande, List<Kommunsida.Forslagsrad> underArbete,
                           List<Kommunsida.Arsrad> ar) {
}
