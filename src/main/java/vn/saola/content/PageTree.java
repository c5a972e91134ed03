package vn.saola.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Session;

import vn.saola.i18n.Language;

/**
 * Every page with its parent, slugs and titles, whatever its status: what a page's address, its
 * breadcrumbs and the site map are made of, and what keeps a page from being put under itself.
 * A portal has tens of pages, so the whole tree is read in one query and kept (by
 * {@link PublicContent}) until content changes.
 */
public final class PageTree {

    /** How deep pages may be nested: {@code /vi/gioi-thieu/co-cau-to-chuc/phong-ke-hoach} at most. */
    public static final int MAX_DEPTH = 3;

    /** One page: {@code visibleFrom} holds the publication time of each language the public may see (none while a draft). */
    public record Node(long id, Long parentId, Map<Language, Instant> visibleFrom, Map<Language, String> slugs,
            Map<Language, String> titles) {

        public boolean isVisible(Language language, Instant now) {
            Instant from = visibleFrom.get(language);
            return from != null && !from.isAfter(now) && slugs.containsKey(language);
        }

        /** Public in some language: the editors' list shows it as published. */
        public boolean isVisible(Instant now) {
            return visibleFrom.keySet().stream().anyMatch(language -> isVisible(language, now));
        }

        /** The title in {@code language}, else in the other language (for the editors' lists). */
        public String title(Language language) {
            return titles.getOrDefault(language, titles.getOrDefault(language.other(), ""));
        }
    }

    private final Map<Long, Node> nodes;

    private PageTree(Map<Long, Node> nodes) {
        this.nodes = nodes;
    }

    /** A tree of the given pages, in that order (for tests; pages are read with {@link #load}). */
    static PageTree of(List<Node> pages) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        pages.forEach(node -> nodes.put(node.id(), node));
        return new PageTree(Collections.unmodifiableMap(nodes));
    }

    static PageTree load(Session session) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        session.createQuery("select a.id, a.parent.id, t.status, t.publishedAt, t.language, t.slug, t.title"
                        + " from Article a left join a.translations t where a.kind = :page" + ArticleListing.NOT_TRASHED
                        + " order by a.id", Object[].class)
                .setParameter("page", ArticleKind.PAGE).getResultList().forEach(row -> {
                    Node node = nodes.computeIfAbsent((Long) row[0], id -> new Node(id, (Long) row[1],
                            new EnumMap<>(Language.class), new EnumMap<>(Language.class), new EnumMap<>(Language.class)));
                    if (row[4] != null) {
                        Language language = (Language) row[4];
                        node.slugs().put(language, (String) row[5]);
                        node.titles().put(language, (String) row[6]);
                        if (row[2] == TranslationStatus.PUBLISHED && row[3] != null) {
                            node.visibleFrom().put(language, (Instant) row[3]);
                        }
                    }
                });
        return new PageTree(Collections.unmodifiableMap(nodes));
    }

    public Optional<Node> node(long id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** Every page, each parent before its children, in the order they were created. */
    public List<Node> inOrder() {
        List<Node> ordered = new ArrayList<>();
        addWithChildren(null, ordered);
        return ordered;
    }

    private void addWithChildren(Long parentId, List<Node> ordered) {
        for (Node child : children(parentId)) {
            ordered.add(child);
            addWithChildren(child.id(), ordered);
        }
    }

    /** The pages right under {@code parentId} (under none: the top pages), in the order they were created. */
    public List<Node> children(Long parentId) {
        return nodes.values().stream().filter(node -> java.util.Objects.equals(node.parentId(), parentId)).toList();
    }

    /** The pages above {@code id}, the top one first. */
    public List<Node> ancestors(long id) {
        List<Node> above = new ArrayList<>();
        Node node = nodes.get(id);
        while (node != null && node.parentId() != null && above.size() < MAX_DEPTH) {
            node = nodes.get(node.parentId());
            if (node != null) {
                above.add(0, node);
            }
        }
        return above;
    }

    /** 1 for a top page, 2 under it, … */
    public int depth(long id) {
        return ancestors(id).size() + 1;
    }

    /** How many levels {@code id} and the pages under it take: 1 for a page without children. */
    public int height(long id) {
        return 1 + children(id).stream().mapToInt(child -> height(child.id())).max().orElse(0);
    }

    /** Whether {@code id} may be put under {@code parentId}: not under itself or its own pages, not too deep. */
    public boolean canMove(long id, long parentId) {
        if (id == parentId || ancestors(parentId).stream().anyMatch(node -> node.id() == id)) {
            return false;
        }
        return depth(parentId) + (nodes.containsKey(id) ? height(id) : 1) <= MAX_DEPTH;
    }

    /**
     * The page's address in {@code language}: the slugs of its parents written in that language,
     * then its own; empty when the page is not written in it.
     */
    public Optional<String> path(long id, Language language) {
        Node node = nodes.get(id);
        if (node == null || !node.slugs().containsKey(language)) {
            return Optional.empty();
        }
        List<String> slugs = new ArrayList<>();
        for (Node above : ancestors(id)) {
            String slug = above.slugs().get(language);
            if (slug != null) {
                slugs.add(slug);
            }
        }
        slugs.add(node.slugs().get(language));
        return Optional.of(language.pagePath(slugs));
    }

    /** The page's address in every language it is written in. */
    public Map<Language, String> urls(long id) {
        Map<Language, String> urls = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            path(id, language).ifPresent(path -> urls.put(language, path));
        }
        return Collections.unmodifiableMap(urls);
    }

    /** The page's address in {@code shown} and in each other language the public can read now (switcher, hreflang). */
    public Map<Language, String> visibleUrls(long id, Language shown, Instant now) {
        Node node = nodes.get(id);
        Map<Language, String> urls = new EnumMap<>(urls(id));
        urls.keySet().removeIf(language -> language != shown && (node == null || !node.isVisible(language, now)));
        return Collections.unmodifiableMap(urls);
    }

    /**
     * The pages the public can see in {@code language}, as a tree. A page under a draft parent is
     * shown where the parent would be: hiding a draft must not hide what is published under it.
     */
    public List<PageLink> visible(Language language, Instant now) {
        return visibleUnder(null, language, now);
    }

    /** The pages the public can see right under {@code id} (through drafts, as {@link #visible}). */
    public List<PageLink> visibleUnder(long id, Language language, Instant now) {
        return visibleUnder(Long.valueOf(id), language, now);
    }

    /** The pages above {@code id} the public can see in {@code language}, the top one first. */
    public List<PageLink> visibleAncestors(long id, Language language, Instant now) {
        return ancestors(id).stream().filter(node -> node.isVisible(language, now))
                .map(node -> new PageLink(node.titles().get(language), path(node.id(), language).orElseThrow()))
                .toList();
    }

    private List<PageLink> visibleUnder(Long parentId, Language language, Instant now) {
        List<PageLink> links = new ArrayList<>();
        for (Node child : children(parentId)) {
            List<PageLink> below = visibleUnder(child.id(), language, now);
            if (child.isVisible(language, now)) {
                links.add(new PageLink(child.titles().get(language), path(child.id(), language).orElseThrow(), below));
            } else {
                links.addAll(below);
            }
        }
        return List.copyOf(links);
    }
}
