package se.riksnorm.drift;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import se.riksnorm.domain.Normbok;
import se.riksnorm.normfiles.Inlasningsrapport;
import se.riksnorm.app.normer.NormLoadService;
import se.riksnorm.normfiles.Inlasningsutfall;
import se.riksnorm.app.normer.Normregister;

/**
 * Ready when the norms are loaded: a service without a single riksnorm year can calculate nothing and must
 * not get traffic. Files refused at the last load are shown, but do not make the service unready: what is
 * stored still holds (docs/adr/0006).
 */
@Singleton
@Readiness
@Requires(beans = HealthEndpoint.class)
class NormerHealthIndicator implements HealthIndicator {

    private final Normregister register;
    private final NormLoadService loader;

    NormerHealthIndicator(Normregister register, NormLoadService loader) {
        this.register = register;
        this.loader = loader;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Normbok normbok = register.aktuell();
        Inlasningsrapport rapport = loader.senasteRapport();
        Map<String, Object> detaljer = new LinkedHashMap<>();
        detaljer.put("riksnormer", normbok.riksnormer().size());
        detaljer.put("kommuner", normbok.kommuner().size());
        detaljer.put("avvikelser", Driftmatt.antalAvvikelser(normbok));
        detaljer.put("filerMedFel", rapport.antal(Inlasningsutfall.FEL));
        detaljer.put("vagradeFiler", rapport.antal(Inlasningsutfall.VAGRAD));
        HealthStatus status = normbok.riksnormer().isEmpty() ? HealthStatus.DOWN : HealthStatus.UP;
        return Mono.just(HealthResult.builder("normer", status).details(detaljer).build());
    }
}
