package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

interface ForslagRepository extends CrudRepository<ForslagRow, Long> {

    List<ForslagRow> findByKommunOrderById(String kommun);

    List<ForslagRow> findByKommunAndArOrderById(String kommun, int ar);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends ForslagRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends ForslagRepository {
    }
}
