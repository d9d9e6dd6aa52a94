package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A draft of a kommun's fördelning; its cells are in forslag_cell. Every change raises its revision. */
@MappedEntity("forslag")
record ForslagRow(
        @Id @GeneratedValue @Nullable Long id,
        String kommun,
        int ar,
        int basar,
        String status,
        String kallaId,
        String kallaTitel,
        String umgangesregel,
        boolean umgangesnormBekraftad,
        String hemmavarandeAvrundning,
        @Nullable Integer hemmavarandeExempelPersoner,
        @Nullable Integer beslutadVersion,
        String skapadAv,
        String skapad,
        int revision) {
}
