package se.riksnorm.normfiles;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the norms files are and whether they are loaded when the service starts.
 *
 * @param directory the norms directory, relative to the working directory unless absolute
 *                  ({@code riksnorm.norms.directory}, default {@code norms})
 * @param loadOnStartup load the directory into the database on every start ({@code riksnorm.norms.load-on-startup})
 */
@ConfigurationProperties("riksnorm.norms")
public record NormsConfiguration(
        @Bindable(defaultValue = "norms") String directory,
        @Bindable(defaultValue = "true") boolean loadOnStartup) {
}
