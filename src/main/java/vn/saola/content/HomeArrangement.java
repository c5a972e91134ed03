package vn.saola.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The top of the home page as editors arranged it: the lead story (null when no article is
 * featured or pinned), the featured articles after it, and a block per category chosen for the
 * home page. Nothing chosen: the home page is the list of newest articles alone.
 */
public record HomeArrangement(ArticleCard lead, List<ArticleCard> secondary, List<Block> blocks) {

    /** Nothing arranged: the home page is the list of newest articles. */
    public static final HomeArrangement NONE = new HomeArrangement(null, List.of(), List.of());

    /** How many featured articles follow the lead story. */
    public static final int SECONDARY = 4;
    /** How many of a category's newest articles its block shows. */
    public static final int BLOCK_SIZE = 4;

    /** A category's newest articles, under its name. */
    public record Block(CategoryLink category, List<ArticleCard> cards) {
    }

    public boolean isEmpty() {
        return lead == null && blocks.isEmpty();
    }

    /** The articles at the top, which the list of newest below need not repeat. */
    public Set<Long> featuredIds() {
        return Stream.concat(Stream.ofNullable(lead), secondary.stream()).map(ArticleCard::articleId)
                .collect(Collectors.toSet());
    }
}
