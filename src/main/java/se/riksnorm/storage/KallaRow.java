package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("kalla")
record KallaRow(@Id String id, String titel, String tillforlitlighet, @Nullable String referens) {
}
