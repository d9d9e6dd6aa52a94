package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("fordelning")
record FordelningRow(
        @Id @GeneratedValue @Nullable Long id,
        String kommun,
        int ar,
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
        String lagrad) {
}
