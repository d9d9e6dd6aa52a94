package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

interface FordelningRepository extends CrudRepository<FordelningRow, Long> {

    /** The version in force: the highest. */
    Optional<FordelningRow> findFirstByKommunAndArOrderByVersionDesc(String kommun, int ar);

    List<FordelningRow> findByKommunAndArOrderByVersion(String kommun, int ar);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends FordelningRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends FordelningRepository {
    }
}
