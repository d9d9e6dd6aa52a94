package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A kommun, its choices and where they came from ({@code valUrsprung}: STANDARD, FIL or API), and the version that
 * every change raises (V5__kommuner_for_sig.sql).
 */
@MappedEntity("kommun")
record KommunRow(@Id String id, String kod, String namn, @Nullable String lan, String aldersbyte, String dagberakning,
                 @Nullable String hemmavarandeAvrundning, String valUrsprung, int version) {
}
