package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("granskning")
record GranskningRow(
        @Id @GeneratedValue @Nullable Long id,
        String tidpunkt,
        String anvandare,
        String handling,
        String objekt,
        @Nullable String fore,
        @Nullable String efter,
        @Nullable Long handelseId,
        String anvandartyp,
        @Nullable String identitet) {
}
