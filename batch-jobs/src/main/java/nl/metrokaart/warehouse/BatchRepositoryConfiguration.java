package nl.metrokaart.warehouse;

import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Isolation;

/**
 * The persistent Spring Batch job repository, inside the warehouse file. Spring Batch does not
 * know DuckDB, whose SQL is close enough to PostgreSQL's for the repository's queries; and
 * DuckDB offers nothing above REPEATABLE READ, so job creation uses the connection default.
 * The schema comes from migration V001, not from Boot's initializer (which backs off here).
 */
@Configuration(proxyBeanMethods = false)
public class BatchRepositoryConfiguration extends JdbcDefaultBatchConfiguration {

    @Override
    protected String getDatabaseType() {
        return "POSTGRES";
    }

    @Override
    protected Isolation getIsolationLevelForCreate() {
        return Isolation.DEFAULT;
    }
}
