package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("handelse_skillnad")
record HandelseSkillnadRow(
        @Id @GeneratedValue @Nullable Long id,
        long handelseId,
        String var,
        String fore,
        String efter) {
}
