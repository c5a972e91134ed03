package vn.saola.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;

import vn.saola.content.ArticleTranslation;
import vn.saola.content.DerivedData;

/**
 * The search index as {@link DerivedData}. An import writes many documents: a local index commits them in the background, at its own
 * pace, instead of the import waiting for an index commit per batch. Searches see the batch when
 * those writes are done, so that is when the others are told. (A shared index is always written
 * in the background, from the outbox.)
 */
@ApplicationScoped
class IndexCatchesUp implements DerivedData {

    @Inject
    SearchEngine engine;

    @Override
    public void catchUpAfter(Session session, Runnable whenCaughtUp) {
        if (!engine.isShared()) {
            Search.session(session).indexingPlanSynchronizationStrategy(new IndexedInBackground(whenCaughtUp));
        }
    }

    /** Every document of the category's articles carries its name: they are indexed again, in the same transaction. */
    @Override
    public void categoryRenamed(Session session, long categoryId) {
        var indexing = Search.session(session).indexingPlan();
        session.createQuery("select t from ArticleTranslation t where t.article.category.id = :category",
                ArticleTranslation.class).setParameter("category", categoryId).getResultList()
                .forEach(indexing::addOrUpdate);
    }
}
