package se.riksnorm.storage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("riksnorm")
record RiksnormRow(
        @Id Integer ar,
        String giltigFran,
        String giltigTill,
        String status,
        @Nullable String upprakningProcent,
        @Nullable String upprakningAvrundning,
        @Nullable String upprakningKalla,
        String storreHushallKalla,
        String kallfil,
        String lagrad) {
}
