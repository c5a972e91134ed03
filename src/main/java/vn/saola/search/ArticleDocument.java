package vn.saola.search;

import java.time.Instant;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import vn.saola.content.Article;
import vn.saola.content.ArticleBody;
import vn.saola.content.ArticleTranslation;
import vn.saola.content.DocumentNumbers;

/**
 * What the index keeps of a translation beyond its own columns: every searchable word in the
 * three forms of {@link VietnameseAnalysis} and as pairs, the title folded (its words weigh more),
 * the body's plain text for snippets (the attached files' text is searched, not shown), the article's kind (news, page or document), category, time and
 * ids for filters and links — so a result is shown without reading the database — and a document's
 * number by its key, which puts the document first when a search names it.
 *
 * <p>Everything a visitor may search is one field per form (title, summary, body and category
 * name together): one field means one conjunction per query to count and score, where a field
 * per part multiplied the work by four (measured: 110 searches/s at 100,000 articles). Titles
 * weigh more through their own folded field; whether a word is spelt as typed is asked of the
 * whole text, which holds the title too.
 */
final class ArticleDocument implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        // A category's renaming does not reach the index by itself: whoever renames reindexes its articles.
        context.dependencies()
                .use("title").use("summary").use("bodyHtml").use("keywords")
                .use("publishedAt").use("article.category").use("article.publishedAt").use("article.importId").use("article.kind")
                .use("article.attachments.extractedText")
                .use("article.register.number");
        context.bridge(ArticleTranslation.class, new Bridge(new Fields(context.indexSchemaElement())));
    }

    private record Fields(
            IndexFieldReference<String> titleFolded, IndexFieldReference<String> bodyText,
            IndexFieldReference<String> allExact, IndexFieldReference<String> allPlain,
            IndexFieldReference<String> allFolded, IndexFieldReference<String> allPairs,
            IndexFieldReference<String> categoryName,
            IndexFieldReference<Long> categoryId, IndexFieldReference<Instant> publishedAt,
            IndexFieldReference<Instant> visibleFrom,
            IndexFieldReference<Long> articleId, IndexFieldReference<String> importId,
            IndexFieldReference<String> kind, IndexFieldReference<String> documentNumber) {

        Fields(IndexSchemaElement schema) {
            this(schema.field("title_folded", f -> f.asString().analyzer(VietnameseAnalysis.FOLDED)
                            .projectable(Projectable.YES)).toReference(),
                    schema.field("body_text", f -> f.asString().projectable(Projectable.YES)
                            .searchable(Searchable.NO)).toReference(),
                    schema.field("all_exact", f -> f.asString().analyzer(VietnameseAnalysis.EXACT)).toReference(),
                    schema.field("all_plain", f -> f.asString().analyzer(VietnameseAnalysis.PLAIN)
                            .searchAnalyzer(VietnameseAnalysis.FOLDED)).toReference(),
                    schema.field("all_folded", f -> f.asString().analyzer(VietnameseAnalysis.FOLDED)).toReference(),
                    schema.field("all_pairs", f -> f.asString().analyzer(VietnameseAnalysis.FOLDED_PAIRS)
                            .norms(Norms.NO)).toReference(),
                    schema.field("category_name", f -> f.asString().projectable(Projectable.YES)
                            .searchable(Searchable.NO)).toReference(),
                    schema.field("category_id", f -> f.asLong().projectable(Projectable.YES)).toReference(),
                    schema.field("published_at", f -> f.asInstant().projectable(Projectable.YES)
                            .sortable(Sortable.YES)).toReference(),
                    schema.field("visible_from", f -> f.asInstant()).toReference(),
                    schema.field("article_id", f -> f.asLong().projectable(Projectable.YES)
                            .searchable(Searchable.NO).sortable(Sortable.YES)).toReference(),
                    schema.field("import_id", f -> f.asString().projectable(Projectable.YES)
                            .searchable(Searchable.NO)).toReference(),
                    schema.field("kind", f -> f.asString().projectable(Projectable.YES)).toReference(),
                    schema.field("document_number", f -> f.asString()).toReference());
        }
    }

    private record Bridge(Fields fields) implements TypeBridge<ArticleTranslation> {

        @Override
        public void write(DocumentElement document, ArticleTranslation translation, TypeBridgeWriteContext context) {
            Article article = translation.article();
            String title = VietnameseAnalysis.normalise(translation.title());
            String bodyText = ArticleBody.plainText(translation.bodyHtml());
            // Only news has a category to filter by and show; a document's number is searched with its words.
            boolean news = article.kind().hasCategory();
            String categoryName = news ? article.category().nameIn(translation.language()) : "";
            // The attached files' text is searched with the words of each language's page that lists them.
            String allText = VietnameseAnalysis.normalise(String.join("\n", translation.title(),
                    translation.summary() == null ? "" : translation.summary(), bodyText, categoryName,
                    translation.keywords() == null ? "" : translation.keywords(),
                    article.documentNumber(), article.attachedText()));
            document.addValue(fields.titleFolded(), title);
            document.addValue(fields.bodyText(), bodyText);
            document.addValue(fields.allExact(), allText);
            document.addValue(fields.allPlain(), allText);
            document.addValue(fields.allFolded(), allText);
            document.addValue(fields.allPairs(), allText);
            if (news) {
                document.addValue(fields.categoryName(), categoryName);
                document.addValue(fields.categoryId(), article.category().id());
            }
            document.addValue(fields.kind(), article.kind().name());
            String numberKey = DocumentNumbers.key(article.documentNumber());
            if (!numberKey.isEmpty()) {
                document.addValue(fields.documentNumber(), numberKey);
            }
            addIfPresent(document, fields.publishedAt(), article.publishedAt());
            // Each language is published on its own: the time this one is public from.
            addIfPresent(document, fields.visibleFrom(), translation.publishedAt());
            document.addValue(fields.articleId(), article.id());
            addIfPresent(document, fields.importId(), article.importId());
        }

        private static <F> void addIfPresent(DocumentElement document, IndexFieldReference<F> field, F value) {
            if (value != null) {
                document.addValue(field, value);
            }
        }
    }
}
