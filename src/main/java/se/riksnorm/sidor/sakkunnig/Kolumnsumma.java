package se.riksnorm.sidor.sakkunnig;

/** A column of the grid: its heading, the sum of its posts, the riksnorm's amount and the difference. */
public record Kolumnsumma(String id, String benamning, long summa, long riksnorm, long differens) {
}
