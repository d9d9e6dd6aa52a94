package se.riksnorm.inmatning;

/**
 * One line of the bilaga's CSV, long form: section, row label, column heading, the cell in the norms files' keys, and
 * the value (the export's columns {@code avsnitt, rad, kolumn, cell, varde}).
 *
 * @param rad the line number in the file, the heading line being 1
 */
record CsvRad(int rad, String avsnitt, String etikett, String kolumnrubrik, String cell, Ruta varde) {
}
