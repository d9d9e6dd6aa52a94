package se.riksnorm.storage;

import io.micronaut.context.annotation.Requires;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The repository variant for the embedded SQLite database (the default). Micronaut Data builds a
 * repository's SQL at compile time for one dialect, so each repository has one variant per database and the
 * configuration picks one (docs/adr/0043). SQLite runs MySQL's SQL (docs/adr/0002).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Requires(property = Dialekt.EGENSKAP, value = Dialekt.SQLITE, defaultValue = Dialekt.SQLITE)
@interface SqliteDialekt {
}
