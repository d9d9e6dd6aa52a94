package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface HandelseSkillnadRepository extends CrudRepository<HandelseSkillnadRow, Long> {

    List<HandelseSkillnadRow> findByHandelseIdOrderById(long handelseId);
}
