package se.riksnorm.storage;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("kommun")
record KommunRow(@Id String id, String kod, String namn, String aldersbyte, String dagberakning) {
}
