package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

interface GranskningRepository extends PageableRepository<GranskningRow, Long> {

    Page<GranskningRow> findByTidpunktBetween(String fran, String till, Pageable sida);

    Page<GranskningRow> findByAnvandareAndTidpunktBetween(String anvandare, String fran, String till, Pageable sida);

    Page<GranskningRow> findByObjektLikeAndTidpunktBetween(String objekt, String fran, String till, Pageable sida);

    Page<GranskningRow> findByAnvandareAndObjektLikeAndTidpunktBetween(String anvandare, String objekt, String fran, String till,
                                                                       Pageable sida);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends GranskningRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends GranskningRepository {
    }
}
