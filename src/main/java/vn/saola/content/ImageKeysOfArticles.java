package vn.saola.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.Context;

import vn.saola.platform.CodeMigration;

/**
 * Version 16.2: the images each existing article shows ({@code article.image_keys}), read from its
 * featured image and its bodies as every save will note them from now on.
 */
final class ImageKeysOfArticles extends CodeMigration {

    ImageKeysOfArticles() {
        super("16.2", "image keys of articles");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Long, List<String>> texts = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT id, featured_image FROM article WHERE featured_image IS NOT NULL")) {
            while (rows.next()) {
                texts.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT article_id, body_html FROM article_translation"
                        + " WHERE body_html LIKE '%/uploads/%'")) {
            while (rows.next()) {
                texts.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE article SET image_keys = ? WHERE id = ?")) {
            for (Map.Entry<Long, List<String>> article : texts.entrySet()) {
                update.setString(1, ImageKeys.column(ImageKeys.in(article.getValue())));
                update.setLong(2, article.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
