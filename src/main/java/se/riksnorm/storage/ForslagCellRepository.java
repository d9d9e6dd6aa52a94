package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

interface ForslagCellRepository extends CrudRepository<ForslagCellRow, Long> {

    /** In id order: the table's reading order. */
    List<ForslagCellRow> findByForslagIdOrderById(long forslagId);

    void deleteByForslagId(long forslagId);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends ForslagCellRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends ForslagCellRepository {
    }
}
