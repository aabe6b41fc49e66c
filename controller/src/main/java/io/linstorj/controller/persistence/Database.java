package io.linstorj.controller.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The controller's database: a small connection pool on H2 in file mode (default) or on a
 * PostgreSQL URL, migrated to the current schema on open.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final String description;

    private Database(HikariDataSource dataSource, String description) {
        this.dataSource = dataSource;
        this.description = description;
    }

    /**
     * The H2 URL of the database in {@code dataDirectory}: file {@code linstorj.mv.db}, with
     * WRITE_DELAY=0 so that every commit reaches the file before the commit returns, and
     * DB_CLOSE_ON_EXIT=FALSE because the controller closes the database itself: H2's own shutdown
     * hook would close it under the controller's, which then fails ("Database is already closed").
     * With WRITE_DELAY=0 H2 runs no background thread, so nothing of H2's own compacts the file
     * while it is open: {@link H2Compaction} does, on the thread that writes.
     */
    public static String h2Url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("linstorj")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Opens the pool on {@code jdbcUrl} and migrates the schema. */
    public static Database open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        config.setPoolName("linstorj-db");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, jdbcUrl.replaceAll("password=[^;&]*", "password=***"));
    }

    /** The pooled data source. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL, without passwords, for logs. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
