package se.riksnorm.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

interface BerakningRepository extends CrudRepository<BerakningRow, String> {

    /** Removes up to {@code antal} of the calculations stored before {@code fore}, oldest first; how many it removed. */
    @Query("delete from berakning where id in (select id from berakning where sparad < :fore order by sparad limit :antal)")
    int gallra(String fore, int antal);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends BerakningRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends BerakningRepository {
    }
}
