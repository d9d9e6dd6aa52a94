package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("fordelning_cell")
record FordelningCellRow(
        @Id @GeneratedValue @Nullable Long id,
        long fordelningId,
        String tabell,
        String rad,
        String kolumn,
        long kronor) implements CellRow {
}
