package se.riksnorm.sidor.sakkunnig;

import io.micronaut.core.annotation.Nullable;

/**
 * One editable cell of the proposal's grid.
 *
 * @param namn the cell's address as the API takes it ({@code personliga_kostnader.livsmedel.ar_0}), the input's name
 * @param etikett what the cell is, for a screen reader: "Livsmedel, 0 år"
 * @param varde the amount as typed (or stored)
 * @param andrad whether it differs from the stored proposal
 * @param fel why the amount is refused, or null
 */
public record Cellfalt(String namn, String etikett, String varde, boolean andrad, @Nullable String fel) {

    /** The amount as a table shows it ("1 234"), where the cell is not edited. */
    public String visat() {
        String siffror = varde.replaceAll("[\\s\u00A0]", "");
        return siffror.matches("-?[0-9]{1,12}") ? se.riksnorm.sidor.Sidformat.tal(Long.parseLong(siffror)) : varde;
    }

    /** The input's id: the address without dots. */
    public String id() {
        return "c-" + namn.replace('.', '-');
    }
}
