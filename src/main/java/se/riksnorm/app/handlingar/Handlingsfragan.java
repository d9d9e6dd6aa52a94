package se.riksnorm.app.handlingar;

import java.time.LocalDate;

/**
 * What the sakkunnig tells the papers that the data cannot (docs/adr/0123); each {@code null} becomes a marked
 * placeholder, except the date, which is today's.
 *
 * @param datum the tjänsteskrivelse's date, or {@code null} for today
 * @param namnd the nämnd, or {@code null} for the one that decided the base year
 * @param regeringensBeslut the date of the government's decision on the year's riksnorm
 */
public record Handlingsfragan(LocalDate datum, String diarienummer, String namnd, LocalDate sammantrade,
                              LocalDate regeringensBeslut) {

    public static Handlingsfragan tom() {
        return new Handlingsfragan(null, null, null, null, null);
    }
}
