package se.riksnorm.domain.berakning;

import se.riksnorm.domain.belopp.Kronor;

/** One person's (or the pair's) matnorm: per month, week and day, and for the days asked. */
public record MatnormRad(String medlem, String kolumn, String benamning, Kronor perManad, Kronor perVecka, Kronor perDag,
                         Kronor forDagarna, String regel) {
}
