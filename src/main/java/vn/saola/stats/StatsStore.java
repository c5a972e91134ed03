package vn.saola.stats;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.saola.i18n.Language;
import vn.saola.platform.Database;
import vn.saola.stats.ViewLedger.Batch;
import vn.saola.stats.ViewLedger.Sighting;
import vn.saola.stats.ViewLedger.ViewKey;

/**
 * The counters' tables. Every write adds to what is there (an upsert of the increment, never a
 * read-modify-write), so nodes sharing a database cannot overwrite each other's counts.
 *
 * <p>Longer than most classes: it is all the SQL of those tables, in both dialects, kept together
 * because the reads depend on how the writes and the monthly folding lay the rows out.
 */
@ApplicationScoped
public class StatsStore {

    /** Views and visitors of one day. */
    public record DayFigures(LocalDate day, long views, long visitors) {
    }

    @Inject
    Database database;

    private final SecureRandom random = new SecureRandom();

    /** One transaction of plain SQL (the seam a test uses to run these statements on its own database). */
    <T> T sql(Database.SqlWork<T> work) {
        return database.sql(work);
    }

    boolean postgres() {
        return database.isPostgres();
    }

    void save(Batch batch) {
        boolean postgres = postgres();
        sql(connection -> {
            addViews(connection, batch.views(), postgres);
            addVisitors(connection, newVisitors(connection, batch, postgres), postgres);
            return null;
        });
    }

    private static void addViews(Connection connection, Map<ViewKey, Long> views, boolean postgres)
            throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(postgres
                ? "INSERT INTO page_views (article_id, view_date, lang, views) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (article_id, view_date, lang) DO UPDATE SET views = page_views.views + EXCLUDED.views"
                : "MERGE INTO page_views t USING (VALUES (CAST(? AS BIGINT), CAST(? AS DATE), CAST(? AS VARCHAR(2)),"
                        + " CAST(? AS BIGINT))) s (article_id, view_date, lang, views)"
                        + " ON t.article_id = s.article_id AND t.view_date = s.view_date AND t.lang = s.lang"
                        + " WHEN MATCHED THEN UPDATE SET views = t.views + s.views"
                        + " WHEN NOT MATCHED THEN INSERT (article_id, view_date, lang, views)"
                        + " VALUES (s.article_id, s.view_date, s.lang, s.views)")) {
            for (Map.Entry<ViewKey, Long> entry : views.entrySet()) {
                ViewKey key = entry.getKey();
                add.setLong(1, key.articleId());
                add.setDate(2, Date.valueOf(key.day()));
                add.setString(3, key.language().code());
                add.setLong(4, entry.getValue());
                add.addBatch();
            }
            add.executeBatch();
        }
    }

    /** Writes the sightings; those not yet there (from any node) are new visitors of their day. */
    private static Map<List<Object>, Long> newVisitors(Connection connection, Batch batch, boolean postgres)
            throws SQLException {
        Map<List<Object>, Long> fresh = new HashMap<>();
        try (PreparedStatement sight = connection.prepareStatement(postgres
                ? "INSERT INTO visitor_sighting (view_date, article_id, visitor) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
                : "MERGE INTO visitor_sighting t USING (VALUES (CAST(? AS DATE), CAST(? AS BIGINT),"
                        + " CAST(? AS VARCHAR(64)))) s (view_date, article_id, visitor)"
                        + " ON t.view_date = s.view_date AND t.article_id = s.article_id AND t.visitor = s.visitor"
                        + " WHEN NOT MATCHED THEN INSERT (view_date, article_id, visitor) VALUES (s.view_date, s.article_id, s.visitor)")) {
            List<Sighting> order = new ArrayList<>(batch.sightings());
            for (Sighting sighting : order) {
                sight.setDate(1, Date.valueOf(sighting.day()));
                sight.setLong(2, sighting.articleId());
                sight.setString(3, sighting.visitor());
                sight.addBatch();
            }
            int[] inserted = sight.executeBatch();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] > 0) {
                    Sighting s = order.get(i);
                    fresh.merge(List.of(s.articleId(), s.day()), 1L, Long::sum);
                }
            }
        }
        return fresh;
    }

    private static void addVisitors(Connection connection, Map<List<Object>, Long> fresh, boolean postgres)
            throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(postgres
                ? "INSERT INTO daily_visitors (article_id, view_date, visitors) VALUES (?, ?, ?)"
                        + " ON CONFLICT (article_id, view_date) DO UPDATE SET visitors = daily_visitors.visitors + EXCLUDED.visitors"
                : "MERGE INTO daily_visitors t USING (VALUES (CAST(? AS BIGINT), CAST(? AS DATE), CAST(? AS BIGINT)))"
                        + " s (article_id, view_date, visitors) ON t.article_id = s.article_id AND t.view_date = s.view_date"
                        + " WHEN MATCHED THEN UPDATE SET visitors = t.visitors + s.visitors"
                        + " WHEN NOT MATCHED THEN INSERT (article_id, view_date, visitors) VALUES (s.article_id, s.view_date, s.visitors)")) {
            for (Map.Entry<List<Object>, Long> entry : fresh.entrySet()) {
                add.setLong(1, (Long) entry.getKey().get(0));
                add.setDate(2, Date.valueOf((LocalDate) entry.getKey().get(1)));
                add.setLong(3, entry.getValue());
                add.addBatch();
            }
            add.executeBatch();
        }
    }

    /** Salts of days before {@code today}, and sightings before yesterday, are deleted: a visitor hash can no longer be traced. */
    void forgetBefore(LocalDate today) {
        sql(connection -> {
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM visitor_salt WHERE view_date < ?")) {
                forget.setDate(1, Date.valueOf(today));
                forget.executeUpdate();
            }
            try (PreparedStatement forget = connection.prepareStatement("DELETE FROM visitor_sighting WHERE view_date < ?")) {
                forget.setDate(1, Date.valueOf(today.minusDays(1)));
                forget.executeUpdate();
            }
            return null;
        });
    }

    /** The salt of a day, made by whichever node needs it first (the day before, normally). */
    String saltOf(LocalDate day) {
        return sql(connection -> {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try (PreparedStatement make = connection.prepareStatement(postgres()
                    ? "INSERT INTO visitor_salt (view_date, salt) VALUES (?, ?) ON CONFLICT DO NOTHING"
                    : "MERGE INTO visitor_salt t USING (VALUES (CAST(? AS DATE), CAST(? AS VARCHAR(64)))) s (view_date, salt)"
                            + " ON t.view_date = s.view_date WHEN NOT MATCHED THEN INSERT (view_date, salt) VALUES (s.view_date, s.salt)")) {
                make.setDate(1, Date.valueOf(day));
                make.setString(2, HexFormat.of().formatHex(fresh));
                make.executeUpdate();
            }
            try (PreparedStatement read = connection.prepareStatement("SELECT salt FROM visitor_salt WHERE view_date = ?")) {
                read.setDate(1, Date.valueOf(day));
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }

    /** Views of one article (or the site) in all. */
    long views(long articleId) {
        return sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COALESCE(SUM(views), 0) FROM page_views WHERE article_id = ?")) {
                query.setLong(1, articleId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** Views today, this month, this year and in all, and visitors in all, of one article (or the site): one query. */
    ViewFigures figures(long articleId, LocalDate today) {
        return sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT"
                    + " COALESCE(SUM(CASE WHEN view_date = ? THEN views ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN view_date >= ? THEN views ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN view_date >= ? THEN views ELSE 0 END), 0),"
                    + " COALESCE(SUM(views), 0),"
                    + " (SELECT COALESCE(SUM(visitors), 0) FROM daily_visitors WHERE article_id = ?)"
                    + " FROM page_views WHERE article_id = ?")) {
                query.setDate(1, Date.valueOf(today));
                query.setDate(2, Date.valueOf(Days.monthStart(today)));
                query.setDate(3, Date.valueOf(Days.yearStart(today)));
                query.setLong(4, articleId);
                query.setLong(5, articleId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new ViewFigures(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5));
                }
            }
        });
    }

    /** Day by day from {@code from} to {@code to} (both included): only days with views. */
    public List<DayFigures> daily(long articleId, LocalDate from, LocalDate to) {
        return sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT v.view_date, v.views, COALESCE(d.visitors, 0) FROM"
                            + " (SELECT view_date, SUM(views) AS views FROM page_views WHERE article_id = ? AND view_date BETWEEN ? AND ?"
                            + " GROUP BY view_date) v LEFT JOIN daily_visitors d ON d.article_id = ? AND d.view_date = v.view_date"
                            + " ORDER BY v.view_date")) {
                query.setLong(1, articleId);
                query.setDate(2, Date.valueOf(from));
                query.setDate(3, Date.valueOf(to));
                query.setLong(4, articleId);
                List<DayFigures> days = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        days.add(new DayFigures(rows.getDate(1).toLocalDate(), rows.getLong(2), rows.getLong(3)));
                    }
                }
                return days;
            }
        });
    }

    /** The first day anything was counted (of one article or the site); null before the first view. */
    public LocalDate firstDay(long articleId) {
        return sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT MIN(view_date) FROM page_views WHERE article_id = ?")) {
                query.setLong(1, articleId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    Date first = row.getDate(1);
                    return first == null ? null : first.toLocalDate();
                }
            }
        });
    }

    /** Views per language in a period, of one article or the site. */
    public Map<Language, Long> byLanguage(long articleId, LocalDate from, LocalDate to) {
        return sql(connection -> languages(connection, articleId, from, to));
    }

    private static Map<Language, Long> languages(Connection connection, long articleId, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT lang, SUM(views) FROM page_views"
                + " WHERE article_id = ? AND view_date BETWEEN ? AND ? GROUP BY lang")) {
            query.setLong(1, articleId);
            query.setDate(2, Date.valueOf(from));
            query.setDate(3, Date.valueOf(to));
            Map<Language, Long> views = new EnumMap<>(Language.class);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Optional<Language> language = Language.fromCode(rows.getString(1));
                    if (language.isPresent()) {
                        views.put(language.get(), rows.getLong(2));
                    }
                }
            }
            return views;
        }
    }

    /** The most viewed articles of a period: article id → views per language, most viewed first. */
    public List<Map.Entry<Long, Map<Language, Long>>> top(LocalDate from, LocalDate to, int limit) {
        return sql(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT article_id FROM page_views"
                    + " WHERE article_id <> 0 AND view_date BETWEEN ? AND ? GROUP BY article_id"
                    + " ORDER BY SUM(views) DESC, article_id LIMIT ?")) {
                query.setDate(1, Date.valueOf(from));
                query.setDate(2, Date.valueOf(to));
                query.setInt(3, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            List<Map.Entry<Long, Map<Language, Long>>> top = new ArrayList<>();
            for (Long id : ids) {
                top.add(Map.entry(id, languages(connection, id, from, to)));
            }
            return top;
        });
    }

    /**
     * Adds the articles' day rows of the oldest month that still has some before {@code cutoff}
     * into that month's first day, in one transaction; {@code false} when none is left. Called
     * again and again, one month a time, so neither memory nor a transaction grows with history.
     */
    boolean foldOldestMonthBefore(LocalDate cutoff) {
        boolean postgres = postgres();
        return sql(connection -> {
            LocalDate oldest = null;
            for (String table : List.of("page_views", "daily_visitors")) {
                try (PreparedStatement query = connection.prepareStatement("SELECT MIN(view_date) FROM " + table
                        + " WHERE article_id <> 0 AND view_date < ? AND EXTRACT(DAY FROM view_date) <> 1")) {
                    query.setDate(1, Date.valueOf(cutoff));
                    try (ResultSet row = query.executeQuery()) {
                        Date min = row.next() ? row.getDate(1) : null;
                        if (min != null && (oldest == null || min.toLocalDate().isBefore(oldest))) {
                            oldest = min.toLocalDate();
                        }
                    }
                }
            }
            if (oldest == null) {
                return false;
            }
            LocalDate from = Days.monthStart(oldest);
            LocalDate to = from.plusMonths(1).isBefore(cutoff) ? from.plusMonths(1) : cutoff;
            String rows = " WHERE article_id <> 0 AND view_date >= ? AND view_date < ? AND EXTRACT(DAY FROM view_date) <> 1";
            Map<ViewKey, Long> folded = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT article_id, view_date, lang, views FROM page_views" + rows)) {
                query.setDate(1, Date.valueOf(from));
                query.setDate(2, Date.valueOf(to));
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        Optional<Language> language = Language.fromCode(result.getString(3));
                        if (language.isPresent()) {
                            folded.merge(new ViewKey(result.getLong(1), from, language.get()), result.getLong(4), Long::sum);
                        }
                    }
                }
            }
            Map<List<Object>, Long> visitors = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT article_id, visitors FROM daily_visitors" + rows)) {
                query.setDate(1, Date.valueOf(from));
                query.setDate(2, Date.valueOf(to));
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        visitors.merge(List.of(result.getLong(1), from), result.getLong(2), Long::sum);
                    }
                }
            }
            for (String table : List.of("page_views", "daily_visitors")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + rows)) {
                    delete.setDate(1, Date.valueOf(from));
                    delete.setDate(2, Date.valueOf(to));
                    delete.executeUpdate();
                }
            }
            addViews(connection, folded, postgres);
            addVisitors(connection, visitors, postgres);
            return true;
        });
    }

    /** One line of the export: a day of the site ({@code articleId} 0) or of one article. */
    public record ExportRow(LocalDate day, long articleId, long viViews, long enViews, long visitors) {
    }

    /** Day rows in a period (both ends included): the site's and every article's, or one article's. */
    public List<ExportRow> export(LocalDate from, LocalDate to, Long articleId) {
        return sql(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT v.view_date, v.article_id,"
                    + " SUM(CASE WHEN v.lang = 'vi' THEN v.views ELSE 0 END), SUM(CASE WHEN v.lang = 'en' THEN v.views ELSE 0 END),"
                    + " COALESCE(MAX(d.visitors), 0) FROM page_views v LEFT JOIN daily_visitors d"
                    + " ON d.article_id = v.article_id AND d.view_date = v.view_date"
                    + " WHERE v.view_date BETWEEN ? AND ?" + (articleId == null ? "" : " AND v.article_id = ?")
                    + " GROUP BY v.view_date, v.article_id ORDER BY v.view_date, v.article_id")) {
                query.setDate(1, Date.valueOf(from));
                query.setDate(2, Date.valueOf(to));
                if (articleId != null) {
                    query.setLong(3, articleId);
                }
                List<ExportRow> rows = new ArrayList<>();
                try (ResultSet result = query.executeQuery()) {
                    while (result.next()) {
                        rows.add(new ExportRow(result.getDate(1).toLocalDate(), result.getLong(2), result.getLong(3),
                                result.getLong(4), result.getLong(5)));
                    }
                }
                return rows;
            }
        });
    }
}
