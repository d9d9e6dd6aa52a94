package se.riksnorm.storage;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

interface KommunRepository extends CrudRepository<KommunRow, String> {

    /**
     * The kommun's choices, written only if the row still has the version the caller read: the check is in the
     * database, so of two writers who read the same version exactly one succeeds.
     *
     * @return the rows changed: 1, or 0 when the version had moved on
     */
    @Query("update kommun set aldersbyte = :aldersbyte, dagberakning = :dagberakning, "
            + "hemmavarande_avrundning = :hemmavarandeAvrundning, val_ursprung = :valUrsprung, version = version + 1 "
            + "where id = :id and version = :version")
    long updateValOmVersion(String id, int version, String aldersbyte, String dagberakning,
                            @io.micronaut.core.annotation.Nullable String hemmavarandeAvrundning, String valUrsprung);

    /** Changes with every write to any kommun: another replica's change is seen when it moves (NormSynk). */
    @Query("select coalesce(sum(version), 0) from kommun")
    long findVersionssumma();

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends KommunRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends KommunRepository {
    }
}
