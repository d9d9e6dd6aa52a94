package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

interface HandelseRepository extends CrudRepository<HandelseRow, Long> {

    List<HandelseRow> findByTabellAndArAndKommunIsNullOrderById(String tabell, int ar);

    List<HandelseRow> findByTabellAndKommunAndArOrderById(String tabell, String kommun, int ar);

    List<HandelseRow> findByForslagIdOrderById(long forslagId);

    /** The newest history entry's id: every change of a table writes one, so a new id means changed norms. */
    @io.micronaut.core.annotation.Nullable
    Long findMaxId();

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends HandelseRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends HandelseRepository {
    }
}
