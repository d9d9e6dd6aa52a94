package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One version of a kommun's table for a year; the highest version is in force (V2__forslag.sql). {@code ursprung}:
 * {@link se.riksnorm.domain.fordelning.Tabellursprung} by name (V5__kommuner_for_sig.sql).
 */
@MappedEntity("fordelning")
record FordelningRow(
        @Id @GeneratedValue @Nullable Long id,
        String kommun,
        int ar,
        int version,
        String status,
        String kalla,
        @Nullable String beslutNamnd,
        @Nullable String beslutDatum,
        @Nullable String beslutParagraf,
        @Nullable String beslutDiarienummer,
        @Nullable String beslutTjansteskrivelse,
        @Nullable String beslutUnderlag,
        String hemmavarandeAvrundning,
        @Nullable Integer hemmavarandeExempelPersoner,
        String kallfil,
        String lagrad,
        @Nullable Long ersatterId,
        @Nullable Long forslagId,
        String ursprung) {
}
