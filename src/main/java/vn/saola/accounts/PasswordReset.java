package vn.saola.accounts;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import vn.saola.i18n.NameRule;
import vn.saola.platform.DatabaseAddress;
import vn.saola.platform.SettingsFile;

/**
 * {@code bin/saola-password [--no-two-factor] <user name>}: sets a new password for an account from the machine
 * Saola runs on, with the server's own settings, when nobody can sign in to reset it (the last
 * administrator's password is lost). The new password is read from the terminal, or from
 * {@code SAOLA_NEW_PASSWORD} for automation: never from the command line (where other users
 * and the shell history would see it), and never written to the log.
 *
 * With {@code --no-two-factor} it also turns the account's two-factor sign-in off (a lost phone,
 * and lost recovery codes, with nobody left to turn it off in the admin).
 *
 * <p>Runs outside the server, with the WAR's classes and libraries only: JDBC, no container.
 */
public final class PasswordReset {

    private static final Logger LOG = Logger.getLogger(PasswordReset.class.getName());

    private PasswordReset() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.console(), System.getenv("SAOLA_NEW_PASSWORD"), System.err));
    }

    static int run(String[] args, Console console, String fromEnvironment, PrintStream out) {
        boolean noTwoFactor = args.length == 2 && args[0].equals("--no-two-factor");
        if (!(args.length == 1 || noTwoFactor) || args[args.length - 1].isBlank() || args[args.length - 1].startsWith("-")) {
            out.println("Usage: saola-password [--no-two-factor] <user name>"
                    + "   (the new password is asked for, or taken from SAOLA_NEW_PASSWORD)");
            return 2;
        }
        String username = args[args.length - 1];
        char[] password = newPassword(console, fromEnvironment, out);
        if (password == null) {
            return 2;
        }
        try {
            if (!PasswordRule.acceptable(password)) {
                out.println("Refused: a password must have " + PasswordRule.MIN + " to " + PasswordRule.MAX
                        + " characters, at least " + PasswordRule.MIN_DISTINCT + " of them different. Nothing was changed.");
                return 2;
            }
            return store(username, PasswordHasher.hash(password), noTwoFactor, out);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] newPassword(Console console, String fromEnvironment, PrintStream out) {
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (console == null) {
            out.println("No terminal to ask for the password: run this in a terminal, or set SAOLA_NEW_PASSWORD.");
            return null;
        }
        char[] first = console.readPassword("New password: ");
        char[] second = console.readPassword("The same again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            out.println("The two passwords differ. Nothing was changed.");
            return null;
        }
        Arrays.fill(second, '\0');
        return first;
    }

    /**
     * The account a name means, by {@link NameRule} as at sign-in: the one whose name has the same
     * key (user names are ASCII, so the database's {@code lower()} is the key), or among accounts
     * from before that rule differing only in case, the one of exactly this name.
     */
    private static Optional<Long> accountNamed(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, username FROM account WHERE lower(username) = ?")) {
            query.setString(1, NameRule.key(username));
            Map<String, Long> named = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    named.put(rows.getString(2), rows.getLong(1));
                }
            }
            return named.size() == 1 ? named.values().stream().findFirst() : Optional.ofNullable(named.get(username));
        }
    }

    private static int store(String username, String hash, boolean noTwoFactor, PrintStream out) {
        String url = DatabaseAddress.jdbcUrl(SettingsFile.setting("saola.db.url").orElse(null),
                Path.of(SettingsFile.setting("saola.data.dir").orElse("./data")).toAbsolutePath().normalize());
        try {
            Class.forName(DatabaseAddress.driverFor(url));
        } catch (ClassNotFoundException e) {
            out.println("The database driver is missing (" + e.getMessage() + "): run this with the WAR's libraries.");
            return 1;
        }
        try (Connection connection = DriverManager.getConnection(url, SettingsFile.setting("saola.db.user").orElse("sa"),
                SettingsFile.setting("saola.db.password").orElse(""))) {
            connection.setAutoCommit(false);
            Optional<Long> account = accountNamed(connection, username);
            if (account.isEmpty()) {
                out.println("There is no account \"" + LogSafe.name(username) + "\" in " + DatabaseAddress.redact(url)
                        + " (or several whose names differ only in case: write the name exactly). Nothing was changed.");
                return 1;
            }
            try (PreparedStatement update = connection.prepareStatement(noTwoFactor
                    ? "UPDATE account SET password_hash = ?, totp_secret = NULL, totp_last_step = NULL WHERE id = ?"
                    : "UPDATE account SET password_hash = ? WHERE id = ?");
                    PreparedStatement codes = connection.prepareStatement("DELETE FROM recovery_code WHERE account_id = ?")) {
                update.setString(1, hash);
                update.setLong(2, account.get());
                update.executeUpdate();
                if (noTwoFactor) {
                    codes.setLong(1, account.get());
                    codes.executeUpdate();
                }
                connection.commit();
            }
        } catch (SQLException e) {
            out.println("Could not reach the database " + DatabaseAddress.redact(url) + ": " + e.getMessage()
                    + (url.startsWith("jdbc:h2:") ? " (the embedded database is used by one process at a time: stop Saola first)" : ""));
            return 1;
        }
        LOG.warning(() -> "Password of account \"" + LogSafe.name(username) + "\" reset"
                + (noTwoFactor ? ", and its two-factor sign-in turned off," : "")
                + " from the command line by the system user \"" + System.getProperty("user.name") + "\"");
        out.println("The password of \"" + LogSafe.name(username) + "\" is set; its open sessions end at their next request."
                + " If its sign-in was locked after wrong passwords, the lock ends 15 minutes after the last one.");
        return 0;
    }
}
