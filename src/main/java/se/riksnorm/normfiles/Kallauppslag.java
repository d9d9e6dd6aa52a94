package se.riksnorm.normfiles;

import java.util.Map;
import se.riksnorm.domain.kalla.Kalla;

/** Resolves the source ids a file names against {@code norms/kallor.yaml}. */
record Kallauppslag(Map<String, Kalla> kallor) {

    Kalla get(String id, String var) {
        Kalla kalla = kallor.get(id);
        if (kalla == null) {
            throw new IllegalArgumentException(var + ": källan '" + id + "' finns inte i kallor.yaml");
        }
        return kalla;
    }
}
