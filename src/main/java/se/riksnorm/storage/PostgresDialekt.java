package se.riksnorm.storage;

import io.micronaut.context.annotation.Requires;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The repository variant for PostgreSQL, for several replicas sharing one database (docs/adr/0043). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Requires(property = Dialekt.EGENSKAP, value = Dialekt.POSTGRES)
@interface PostgresDialekt {
}
