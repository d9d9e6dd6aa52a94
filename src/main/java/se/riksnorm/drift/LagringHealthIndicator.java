package se.riksnorm.drift;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import se.riksnorm.storage.Lagringsvakt;

/**
 * Not ready while the database refuses writes (full, read-only): a load balancer then sends traffic to a
 * replica that can store it. Ready again as soon as a probe write succeeds (docs/adr/0141).
 */
@Singleton
@Readiness
@Requires(beans = HealthEndpoint.class)
class LagringHealthIndicator implements HealthIndicator {

    private final Lagringsvakt vakt;

    LagringHealthIndicator(Lagringsvakt vakt) {
        this.vakt = vakt;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(() -> vakt.aktuelltFel()
                        .map(fel -> HealthResult.builder("lagring", HealthStatus.DOWN)
                                .details(Map.of("fel", fel.typ().name(), "sedan", fel.sedan().toString())).build())
                        .orElseGet(() -> HealthResult.builder("lagring", HealthStatus.UP).build()))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
