package vn.saola.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's own tools, {@code pg_dump} and {@code pg_restore}, run against Saola's database: its
 * address as a libpq connection URI from the JDBC URL, its password in {@code PGPASSWORD} (never on
 * a command line another user could read). Their version must be the server's or newer.
 */
final class PostgresTools {

    private PostgresTools() {
    }

    /** {@code jdbc:postgresql://host:5432/saola?ssl=true} → {@code postgresql://user@host:5432/saola}. */
    static String connectionUri(String jdbcUrl, String user) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String userPart = user == null || user.isBlank() ? "" : java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "@";
        return "postgresql://" + userPart + host + port + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    static void dump(String pgDump, String jdbcUrl, String user, String password, Path into) throws IOException {
        run(List.of(pgDump, "--format=custom", "--no-owner", "--no-privileges", "--file=" + into,
                "--dbname=" + connectionUri(jdbcUrl, user)), password);
    }

    static void restore(String pgRestore, String jdbcUrl, String user, String password, Path from) throws IOException {
        run(List.of(pgRestore, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                "--dbname=" + connectionUri(jdbcUrl, user), from.toString()), password);
    }

    private static void run(List<String> command, String password) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password == null ? "" : password);
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            throw new IOException(command.get(0) + " could not be run (install PostgreSQL's client tools, Debian's"
                    + " postgresql-client, or set saola.backup.pg-dump / saola.backup.pg-restore): " + missing.getMessage(), missing);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed (" + status + "): "
                        + (output.length() > 2000 ? output.substring(0, 2000) : output).strip());
            }
        } catch (InterruptedException interrupted) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " interrupted", interrupted);
        }
    }
}
