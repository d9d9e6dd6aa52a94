package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface HandelseRepository extends CrudRepository<HandelseRow, Long> {

    List<HandelseRow> findByTabellAndArAndKommunIsNullOrderById(String tabell, int ar);

    List<HandelseRow> findByTabellAndKommunAndArOrderById(String tabell, String kommun, int ar);

    List<HandelseRow> findByForslagIdOrderById(long forslagId);
}
