package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("riksnorm_cell")
record RiksnormCellRow(
        @Id @GeneratedValue @Nullable Long id,
        int ar,
        String tabell,
        String rad,
        String kolumn,
        long kronor,
        String kalla) {
}
