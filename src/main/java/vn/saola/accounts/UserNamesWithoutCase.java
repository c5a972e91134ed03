package vn.saola.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import org.flywaydb.core.api.migration.Context;

import vn.saola.i18n.NameRule;
import vn.saola.platform.CodeMigration;

/**
 * Version 8: user names are compared by {@link NameRule} at sign-in too (the accounts form always
 * did). The schema does not change; accounts whose names are now one name are reported in the
 * log for an administrator to sort out — none is merged or disabled here, and until then only the
 * exact name signs in.
 */
final class UserNamesWithoutCase extends CodeMigration {

    private static final Logger LOG = Logger.getLogger(UserNamesWithoutCase.class.getName());

    UserNamesWithoutCase() {
        super("8", "user names compared without case");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Map<String, List<String>> namesByKey = new TreeMap<>();
        try (Statement query = context.getConnection().createStatement();
                ResultSet rows = query.executeQuery("SELECT username FROM account ORDER BY id")) {
            while (rows.next()) {
                String name = rows.getString(1);
                namesByKey.computeIfAbsent(NameRule.key(name), key -> new ArrayList<>()).add("\"" + LogSafe.name(name) + "\"");
            }
        }
        namesByKey.values().stream().filter(names -> names.size() > 1).forEach(names -> LOG.warning(() ->
                "Accounts whose names differ only in case: " + String.join(", ", names)
                        + ". Only the exact name signs in; disable all but one in /admin/accounts."));
    }
}
