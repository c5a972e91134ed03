package vn.saola.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migration to one rule for category names, on a database of version 6 holding names that are now one name. */
class CategoryNameKeysTest {

    @Test
    void namesThatAreNowOneNameAreReportedNotMerged() throws SQLException {
        String url = "jdbc:h2:mem:names-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate(url, "6");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO category (id, sort_order) VALUES (1, 0), (2, 1), (3, 2)");
            sql.execute("INSERT INTO category_translation (id, category_id, lang, name, slug) VALUES"
                    + " (1, 1, 'vi', 'Tin tức', 'tin-tuc'), (2, 2, 'vi', 'TIN  TỨC', 'tin-tuc-2'),"
                    + " (3, 3, 'vi', 'Tin tuc', 'tin-tuc-3'), (4, 1, 'en', 'News', 'news')");
        }
        List<String> warnings = new ArrayList<>();
        Logger log = Logger.getLogger(CategoryNameKeys.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            migrate(url, "latest");
        } finally {
            log.removeHandler(handler);
        }

        assertEquals(1, warnings.size(), String.valueOf(warnings));
        assertTrue(warnings.get(0).contains("\"Tin tức\" (category 1), \"TIN  TỨC\" (category 2)"), warnings.get(0));
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT name, name_key FROM category_translation ORDER BY id")) {
            List<String> kept = new ArrayList<>();
            while (rows.next()) {
                kept.add(rows.getString(1) + " → " + rows.getString(2));
            }
            assertEquals(List.of("Tin tức → tin tức", "TIN  TỨC → tin tức", "Tin tuc → tin tuc", "News → news"), kept,
                    "every name kept as it was, both categories still there");
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new ContentEntities().migrations().toArray(org.flywaydb.core.api.migration.JavaMigration[]::new))
                .target(target).load().migrate();
    }
}
