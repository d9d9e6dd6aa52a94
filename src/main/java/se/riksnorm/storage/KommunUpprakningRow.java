package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A kommun's rule for proposing next year's umgängesnorm (kommun.yaml: upprakning.umgangesnorm). */
@MappedEntity("kommun_upprakning")
record KommunUpprakningRow(
        @Id String kommun,
        String umgangeRegel,
        @Nullable String umgangeUtom,
        @Nullable String umgangeDagarPerAr,
        @Nullable String umgangeAvrundning) {
}
