package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A probe row: written and removed in one transaction to see whether a write can be committed (Lagringsvakt). */
@MappedEntity("drift_prov")
record DriftProvRow(@Id @GeneratedValue @Nullable Long id, byte[] fyllnad) {
}
