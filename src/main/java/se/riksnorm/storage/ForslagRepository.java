package se.riksnorm.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

interface ForslagRepository extends CrudRepository<ForslagRow, Long> {

    List<ForslagRow> findByKommunOrderById(String kommun);

    List<ForslagRow> findByKommunAndArOrderById(String kommun, int ar);

    /*
     * The writes of a proposal check in the database what they read: the revision and that it is undecided.
     * 0 rows means another write got there first, and nothing was changed (docs/adr/0140).
     */

    @Query("update forslag set revision = revision + 1, umgangesnorm_bekraftad = :bekraftad "
            + "where id = :id and revision = :revision and status = 'FORSLAG'")
    int andraOmOforandrat(long id, int revision, boolean bekraftad);

    @Query("update forslag set revision = revision + 1, status = 'BESLUTAD', beslutad_version = :version "
            + "where id = :id and revision = :revision and status = 'FORSLAG'")
    int beslutaOmOforandrat(long id, int revision, int version);

    @Query("delete from forslag where id = :id and revision = :revision and status = 'FORSLAG'")
    int kasseraOmOforandrat(long id, int revision);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends ForslagRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends ForslagRepository {
    }
}
