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
import java.util.logging.Logger;

import org.flywaydb.core.api.migration.Context;

import vn.saola.i18n.NameRule;
import vn.saola.platform.CodeMigration;

/**
 * Version 7: category names are compared by {@link NameRule} (case, spaces and Unicode form
 * aside), by a key kept beside each name. Names that were different before and are the same name
 * now are reported in the log, each with its category, for an editor to rename or merge by hand:
 * nothing is merged here, since two such categories may hold different articles.
 */
final class CategoryNameKeys extends CodeMigration {

    private static final Logger LOG = Logger.getLogger(CategoryNameKeys.class.getName());

    CategoryNameKeys() {
        super("7", "category name keys");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE category_translation ADD COLUMN name_key VARCHAR(" + ArticleConstraints.CATEGORY_NAME + ")");
        }
        Map<String, List<String>> namesByKey = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT id, lang, name, category_id FROM category_translation ORDER BY id");
                PreparedStatement update = connection.prepareStatement("UPDATE category_translation SET name_key = ? WHERE id = ?")) {
            while (rows.next()) {
                String key = NameRule.key(rows.getString("name"));
                update.setString(1, key);
                update.setLong(2, rows.getLong("id"));
                update.addBatch();
                namesByKey.computeIfAbsent(rows.getString("lang") + ": " + key, k -> new ArrayList<>())
                        .add("\"" + rows.getString("name") + "\" (category " + rows.getLong("category_id") + ")");
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE category_translation ALTER COLUMN name_key SET NOT NULL");
            ddl.execute("CREATE INDEX category_translation_name_key ON category_translation (lang, name_key)");
        }
        namesByKey.values().stream().filter(names -> names.size() > 1).forEach(names -> LOG.warning(() ->
                "Category names that are now one name: " + String.join(", ", names)
                        + ". The import files articles under the first; rename or merge the others in /admin/categories."));
    }
}
