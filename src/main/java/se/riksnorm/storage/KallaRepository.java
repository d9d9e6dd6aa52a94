package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

// Dialect.MYSQL: Micronaut Data 4 has no SQLite dialect; MySQL's SQL runs on SQLite (docs/adr/0002).
@JdbcRepository(dialect = Dialect.MYSQL)
interface KallaRepository extends CrudRepository<KallaRow, String> {
}
