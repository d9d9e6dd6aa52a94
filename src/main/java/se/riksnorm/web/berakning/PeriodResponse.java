package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Period")
public record PeriodResponse(@Schema(example = "2023-03-01") String fran, @Schema(example = "2023-03-31") String till,
                             @Schema(example = "31") int dagar, @Schema(example = "true") boolean helManad) {
}
