package se.riksnorm.web.forslag;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.web.historik.HandelseResponse;

@Serdeable
@Schema(name = "FordelningHistorik", description = "En tabells historik: alla versioner, och varje steg med vem, när, varför och ändrade celler")
public record HistorikResponse(List<VersionResponse> versioner, List<HandelseResponse> handelser) {
}
