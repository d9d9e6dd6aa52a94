package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

interface FordelningCellRepository extends CrudRepository<FordelningCellRow, Long> {

    /** In id order, which is the order the cells were written in: the table's reading order. */
    List<FordelningCellRow> findByFordelningIdOrderById(long fordelningId);

    void deleteByFordelningId(long fordelningId);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends FordelningCellRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends FordelningCellRepository {
    }
}
