package vn.saola.platform;

import java.util.Set;

/**
 * What a backup archive holds, one ZIP: a manifest, the database's dump (H2's {@code SCRIPT}, or
 * {@code pg_dump}'s custom format), the data folder's files (uploads, attached files) and the
 * settings folder. Not the search index, which is rebuilt from the database, nor work in progress.
 */
final class BackupArchive {

    static final String MANIFEST = "saola-backup.properties";
    static final String H2_SCRIPT = "database/h2.sql";
    static final String POSTGRES_DUMP = "database/postgresql.dump";
    static final String DATA = "data/";
    static final String CONFIG = "config/";
    /** Folders of the data folder a backup leaves out: the database (dumped instead), the index (rebuilt), imports and backups. */
    static final Set<String> NOT_KEPT = Set.of("db", "index", "imports", "backups");

    private BackupArchive() {
    }
}
