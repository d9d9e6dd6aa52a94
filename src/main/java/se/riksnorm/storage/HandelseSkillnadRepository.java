package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

interface HandelseSkillnadRepository extends CrudRepository<HandelseSkillnadRow, Long> {

    List<HandelseSkillnadRow> findByHandelseIdOrderById(long handelseId);

    @JdbcRepository(dialect = Dialect.MYSQL)
    @SqliteDialekt
    interface Sqlite extends HandelseSkillnadRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @PostgresDialekt
    interface Postgres extends HandelseSkillnadRepository {
    }
}
