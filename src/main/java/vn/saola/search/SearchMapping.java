package vn.saola.search;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

import vn.saola.content.ArticleTranslation;

/**
 * How content becomes searchable, said here rather than on the entities, so content knows nothing
 * of search: one index document per published translation ({@link PublishedOnly}), with its
 * language and slug as they are and everything else from {@link ArticleDocument}.
 */
public final class SearchMapping implements HibernateOrmSearchMappingConfigurer {

    /** The index's name, also the name of its folder under the Lucene index root. */
    public static final String INDEX = "article_translation";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep translation = context.programmaticMapping().type(ArticleTranslation.class);
        translation.indexed().index(INDEX).routingBinder(new PublishedOnly());
        translation.property("language").keywordField("lang").projectable(Projectable.YES).sortable(Sortable.YES);
        translation.property("slug").keywordField("slug").projectable(Projectable.YES).searchable(Searchable.NO);
        translation.binder(new ArticleDocument());
    }
}
