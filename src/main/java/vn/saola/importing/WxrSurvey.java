package vn.saola.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.saola.i18n.Language;

/**
 * A first reading of a WordPress export, before anything is changed: what it holds (the preview's
 * counts), who wrote it (for the authors' mapping), its attachments and pages (which the items
 * that follow refer to by id), Polylang's translation pairs, and what will be skipped and why. It
 * keeps a few numbers per item, never an item's words, so it stays small whatever the file's size;
 * a file it cannot read to the end is refused here, so a bad file changes nothing.
 */
final class WxrSurvey implements WxrReader.Listener {

    /** An attachment, as posts' featured images and bodies refer to it. */
    record Attachment(long id, String url, String file, String title, String alt, String caption, String link,
            String guid) {
    }

    /** An author of the export: login, the name shown on the old site, how many items are theirs. */
    record Author(String login, String displayName, int items) {
    }

    /** An item that will not be imported, and why ({@code import.wordpress.skip.*}). */
    record Skip(String type, long id, String title, String reason) {
        String label(Language language) {
            return WxrItem.label(language, type, id, title);
        }
    }

    /** The skipped items a report lists by name; beyond them, it counts. */
    static final int MAX_LISTED = 1000;
    private static final Pattern SERIALISED_PAIR = Pattern.compile("s:\\d+:\"([a-z]{2,3}(?:_[A-Za-z]{2})?)\";i:(\\d+);");

    private String baseUrl = "";
    private final Map<String, String> displayNames = new LinkedHashMap<>();
    private final Map<String, Integer> itemsByAuthor = new HashMap<>();
    private final Map<Long, Attachment> attachments = new HashMap<>();
    private final Map<Long, Long> pageParents = new HashMap<>();
    private final Map<Long, Long> groupOf = new HashMap<>();
    private final Set<String> categories = new HashSet<>();
    private final Set<String> tags = new HashSet<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<Skip> skipped = new ArrayList<>();
    private int skippedCount;
    private int toImport;
    private int comments;
    private boolean polylang;

    static WxrSurvey of(Path file) throws WxrRefused, IOException {
        WxrSurvey survey = new WxrSurvey();
        WxrReader.read(file, survey);
        return survey;
    }

    @Override
    public void site(String url) {
        baseUrl = url;
    }

    @Override
    public void author(String login, String displayName) {
        displayNames.put(login, displayName.isBlank() ? login : displayName.strip());
    }

    @Override
    public void term(String taxonomy, String slug, String name, String description) {
        switch (taxonomy) {
            case "category" -> categories.add(slug);
            case "post_tag" -> tags.add(slug);
            case "post_translations" -> pairs(description);
            case "language" -> polylang = true;
            default -> {
                // other taxonomies (formats, menus) say nothing Saola keeps
            }
        }
    }

    /** Polylang's map of a translation group, {@code a:2:{s:2:"vi";i:12;s:2:"en";i:57;}}: each post joins the group of its smallest id. */
    private void pairs(String serialised) {
        Matcher pair = SERIALISED_PAIR.matcher(serialised);
        List<Long> ids = new ArrayList<>();
        while (pair.find()) {
            ids.add(Long.parseLong(pair.group(2)));
        }
        if (ids.size() > 1) {
            long lead = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
            ids.forEach(id -> groupOf.put(id, lead));
            polylang = true;
        }
    }

    @Override
    public void item(WxrItem item) {
        counts.merge(item.type() + "|" + item.status(), 1, Integer::sum);
        comments += item.comments();
        item.termsOf("category").forEach(t -> categories.add(t.slug()));
        item.termsOf("post_tag").forEach(t -> tags.add(t.slug()));
        if ("attachment".equals(item.type())) {
            attachments.put(item.id(), new Attachment(item.id(), item.attachmentUrl(),
                    item.meta().getOrDefault("_wp_attached_file", ""), item.title(),
                    item.meta().getOrDefault("_wp_attachment_image_alt", ""), item.excerpt(), item.link(), item.guid()));
            return;
        }
        String skip = WordPressItems.whySkipped(item);
        if (skip != null) {
            skip(item, skip);
            return;
        }
        toImport++;
        itemsByAuthor.merge(item.creator(), 1, Integer::sum);
        if ("page".equals(item.type())) {
            pageParents.put(item.id(), item.parent());
        }
    }

    private void skip(WxrItem item, String reason) {
        skippedCount++;
        if (skipped.size() < MAX_LISTED) {
            skipped.add(new Skip(item.type(), item.id(), item.title(), reason));
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    List<Author> authors() {
        Map<String, Author> authors = new LinkedHashMap<>();
        displayNames.forEach((login, name) -> authors.put(login, new Author(login, name, itemsByAuthor.getOrDefault(login, 0))));
        itemsByAuthor.forEach((login, items) -> authors.putIfAbsent(login, new Author(login, login, items)));
        return List.copyOf(authors.values());
    }

    String displayName(String login) {
        return displayNames.getOrDefault(login, login);
    }

    Map<Long, Attachment> attachments() {
        return attachments;
    }

    /** Whether {@code id} is a page this export brings (so a page under it can be placed there). */
    boolean isPage(long id) {
        return pageParents.containsKey(id);
    }

    /** The id a post's translations share (Polylang), or its own. */
    long group(long id) {
        return groupOf.getOrDefault(id, id);
    }

    boolean polylang() {
        return polylang;
    }

    int count(String type, String status) {
        return counts.getOrDefault(type + "|" + status, 0);
    }

    int count(String type) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(type + "|")).mapToInt(Map.Entry::getValue).sum();
    }

    int categories() {
        return categories.size();
    }

    int tags() {
        return tags.size();
    }

    int comments() {
        return comments;
    }

    /** Posts and pages the import will write. */
    int toImport() {
        return toImport;
    }

    List<Skip> skipped() {
        return skipped;
    }

    int skippedCount() {
        return skippedCount;
    }

    /** The language of an item: Polylang's {@code language} term when it names one of Saola's, else the site's first. */
    static Language languageOf(WxrItem item) {
        return item.termsOf("language").stream().map(t -> Language.fromCode(t.slug()))
                .flatMap(java.util.Optional::stream).findFirst().orElse(Language.primary());
    }
}
