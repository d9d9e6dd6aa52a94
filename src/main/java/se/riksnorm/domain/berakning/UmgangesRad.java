package se.riksnorm.domain.berakning;

import se.riksnorm.domain.belopp.Kronor;

/** One child's umgängesnorm: per day × days. */
public record UmgangesRad(String barn, String kolumn, String benamning, Kronor perDag, int dagar, Kronor belopp, String regel) {
}
