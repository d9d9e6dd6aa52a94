package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("forslag_cell")
record ForslagCellRow(
        @Id @GeneratedValue @Nullable Long id,
        long forslagId,
        String tabell,
        String rad,
        String kolumn,
        long kronor) implements CellRow {
}
