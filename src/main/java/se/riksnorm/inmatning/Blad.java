package se.riksnorm.inmatning;

import java.util.List;
import java.util.SortedMap;

/**
 * A worksheet as read: its name, and its non-empty cells by row (from 1) and column (from 0).
 *
 * @param formler every cell that holds a formula, wherever it stands
 */
record Blad(String namn, SortedMap<Integer, SortedMap<Integer, Ruta>> rader, List<Ruta> formler) {
}
