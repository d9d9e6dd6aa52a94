package se.riksnorm.app.normer;

import se.riksnorm.normfiles.Regelregister;
import se.riksnorm.normfiles.NormsConfiguration;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.app.normer.Normregister;

/** Loads {@code norms/} when the service starts, before the HTTP server takes its first request; the law by month always. */
@Singleton
class NormStartup implements ApplicationEventListener<StartupEvent> {

    private final NormsConfiguration configuration;
    private final NormLoadService loader;
    private final Normregister register;
    private final Regelregister regler;

    NormStartup(NormsConfiguration configuration, NormLoadService loader, Normregister register, Regelregister regler) {
        this.configuration = configuration;
        this.loader = loader;
        this.register = register;
        this.regler = regler;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (configuration.loadOnStartup()) {
            loader.lasIn(Path.of(configuration.directory()), Anvandare.INLASNING);
        } else {
            register.lasOm();
            regler.lasIn(Path.of(configuration.directory()));
        }
    }
}
