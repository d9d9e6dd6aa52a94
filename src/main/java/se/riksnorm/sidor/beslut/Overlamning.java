package se.riksnorm.sidor.beslut;

import java.util.List;
import se.riksnorm.domain.historik.Handelse;
import se.riksnorm.domain.historik.Handelsetyp;

/** Whether a proposal waits for the nämnd: handed over, and not changed since (a change takes it back). */
public final class Overlamning {

    private Overlamning() {
    }

    public static boolean vantar(List<Handelse> historik) {
        for (int i = historik.size() - 1; i >= 0; i--) {
            Handelsetyp typ = historik.get(i).typ();
            if (typ == Handelsetyp.OVERLAMNAT_FOR_BESLUT) {
                return true;
            }
            if (typ == Handelsetyp.CELLER_ANDRADE || typ == Handelsetyp.UMGANGESNORM_BEKRAFTAD || typ == Handelsetyp.BESLUTAD
                    || typ == Handelsetyp.FORSLAG_KASSERAT) {
                return false;
            }
        }
        return false;
    }
}
