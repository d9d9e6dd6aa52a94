package se.riksnorm.storage;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("berakning")
record BerakningRow(@Id String id, String typ, String kommun, String period, String sparad, String tjanstversion,
                    String begaran, String svar) {
}
