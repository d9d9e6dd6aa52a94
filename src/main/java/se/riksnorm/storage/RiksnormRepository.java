package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

interface RiksnormRepository extends CrudRepository<RiksnormRow, Integer> {

    List<RiksnormRow> findAllOrderByAr();

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends RiksnormRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends RiksnormRepository {
    }
}
