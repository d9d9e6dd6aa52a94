package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FordelningRepository extends CrudRepository<FordelningRow, Long> {

    Optional<FordelningRow> findByKommunAndAr(String kommun, int ar);
}
