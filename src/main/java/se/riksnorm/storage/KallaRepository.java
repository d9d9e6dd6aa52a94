package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

interface KallaRepository extends CrudRepository<KallaRow, String> {

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends KallaRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends KallaRepository {
    }
}
