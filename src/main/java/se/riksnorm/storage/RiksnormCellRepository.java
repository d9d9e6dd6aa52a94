package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

interface RiksnormCellRepository extends CrudRepository<RiksnormCellRow, Long> {

    /** In id order, which is the order the cells were written in: the table's reading order. */
    List<RiksnormCellRow> findByArOrderById(int ar);

    void deleteByAr(int ar);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends RiksnormCellRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends RiksnormCellRepository {
    }
}
