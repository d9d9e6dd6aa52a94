package se.riksnorm.web.riksnorm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.web.AvvikelseResponse;
import se.riksnorm.web.KallaResponse;

@Serdeable
@Schema(name = "Riksnorm", description = "Ett års riksnorm: regeringens belopp, kronor per månad, vart och ett med sin källa")
public record RiksnormResponse(
        @Schema(example = "2023") int ar,
        @Schema(example = "2023-01") String giltigFran,
        @Schema(example = "2023-12") String giltigTill,
        @Schema(description = "FASTSTALLD: inmatad som publicerad, ändras aldrig. PRELIMINAR: härledd, ersätts när den publiceras",
                example = "FASTSTALLD") String status,
        @Nullable @Schema(type = "object") UpprakningResponse upprakning,
        @Schema(description = "de tio kolumnerna: barn per åldersgrupp, ensamstående, sammanboende (paret)")
        List<BeloppResponse> personligaKostnader,
        @Schema(description = "per hushållsstorlek 1–7 personer") List<BeloppResponse> gemensammaKostnader,
        StorreHushallResponse storreHushall,
        @Schema(description = "lägre belopp för barn 0–6 år som äter lunch i förskolan, där de publicerats")
        List<BeloppResponse> ejLunch,
        @Schema(description = "varje källa som beloppen ovan hänvisar till") List<KallaResponse> kallor,
        @Schema(description = "kontroller av tabellen: jämna tiotal, stigande med hushållets storlek …")
        List<AvvikelseResponse> avvikelser) {
}
