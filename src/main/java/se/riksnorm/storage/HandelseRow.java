package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One entry in a table's history; its cell changes are in handelse_skillnad. */
@MappedEntity("handelse")
record HandelseRow(
        @Id @GeneratedValue @Nullable Long id,
        String tabell,
        @Nullable String kommun,
        int ar,
        @Nullable Long forslagId,
        String typ,
        String anvandare,
        String tidpunkt,
        @Nullable String motivering,
        String anvandartyp,
        @Nullable String identitet) {
}
