package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GranskningRepository extends PageableRepository<GranskningRow, Long> {

    Page<GranskningRow> findByTidpunktBetween(String fran, String till, Pageable sida);

    Page<GranskningRow> findByAnvandareAndTidpunktBetween(String anvandare, String fran, String till, Pageable sida);
}
