package se.riksnorm.storage;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RiksnormCellRepository extends CrudRepository<RiksnormCellRow, Long> {

    /** In id order, which is the order the cells were written in: the table's reading order. */
    List<RiksnormCellRow> findByArOrderById(int ar);

    void deleteByAr(int ar);
}
