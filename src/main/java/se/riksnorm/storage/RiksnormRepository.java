package se.riksnorm.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

interface RiksnormRepository extends CrudRepository<RiksnormRow, Integer> {

    List<RiksnormRow> findAllOrderByAr();

    /**
     * Takes the year's row for a write if it is still preliminary (on PostgreSQL the row lock waits for a write
     * under way); 0 rows means the year is fastställd, and a fastställd table is never replaced.
     */
    @Query("update riksnorm set status = status where ar = :ar and status = 'PRELIMINAR'")
    int tagPreliminar(int ar);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends RiksnormRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends RiksnormRepository {
    }
}
