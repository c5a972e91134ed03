package vn.saola.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.engine.environment.bean.BeanReference;

import vn.saola.platform.PersistenceContributor;

/**
 * Which search engine holds the index, from the settings: Lucene in files under the data folder
 * (one node, the default), or an Elasticsearch/OpenSearch cluster shared by several nodes. In the
 * second case every node writes its changes to an outbox table in the same transaction as the
 * change, and Hibernate Search's background processors (the nodes share them out) carry them to
 * the index — so a change made through one node is found through any other.
 */
@ApplicationScoped
public class SearchEngine implements PersistenceContributor {

    /** The search engine has no tables of its own (the outbox is Hibernate Search's); it brings settings. */
    @Override
    public List<Class<?>> entities() {
        return List.of();
    }

    public static final String LUCENE = "lucene";
    public static final String ELASTICSEARCH = "elasticsearch";

    @Inject
    @ConfigProperty(name = "saola.search.backend", defaultValue = LUCENE)
    String backend;

    @Inject
    @ConfigProperty(name = "saola.search.elasticsearch.uris", defaultValue = "http://localhost:9200")
    String uris;

    @Inject
    @ConfigProperty(name = "saola.search.elasticsearch.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "saola.search.elasticsearch.password")
    Optional<String> password;

    public boolean isShared() {
        String chosen = backend.strip().toLowerCase(Locale.ROOT);
        if (chosen.equals(ELASTICSEARCH)) {
            return true;
        }
        if (chosen.equals(LUCENE)) {
            return false;
        }
        throw new IllegalStateException("saola.search.backend is \"" + backend + "\"; it must be "
                + LUCENE + " or " + ELASTICSEARCH);
    }

    /**
     * Hibernate Search's settings for the chosen engine.
     *
     * @param dataFolder where a Lucene index lives
     * @param databaseIsShared whether the database is one several nodes can share (PostgreSQL):
     *        the outbox must live in it
     */
    @Override
    public Map<String, Object> hibernateSettings(Path dataFolder, boolean databaseIsShared) {
        Map<String, Object> settings = new LinkedHashMap<>();
        // Payara: without it, deploy fails with ProviderNotFoundException: Provider "jar" not found
        settings.put("hibernate.search.mapping.build_missing_discovered_jandex_indexes", "false");
        settings.put("hibernate.search.mapping.configurer", BeanReference.ofInstance(new SearchMapping()));
        if (!isShared()) {
            Path indexDir = dataFolder.resolve("index");
            createFolder(indexDir);
            IndexFolder.setAsideIfUnreadable(indexDir);
            settings.put("hibernate.search.backend.type", LUCENE);
            settings.put("hibernate.search.backend.directory.root", indexDir.toAbsolutePath().toString());
            settings.put("hibernate.search.backend.analysis.configurer", "class:" + VietnameseAnalysis.ForLucene.class.getName());
            settings.put("hibernate.search.coordination.strategy", "none");
            return settings;
        }
        if (!databaseIsShared) {
            throw new IllegalStateException("saola.search.backend=elasticsearch needs a database all nodes share"
                    + " (PostgreSQL, saola.db.url): the nodes coordinate indexing through a table in it");
        }
        settings.put("hibernate.search.backend.type", ELASTICSEARCH);
        settings.put("hibernate.search.backend.uris", uris);
        username.filter(u -> !u.isBlank()).ifPresent(u -> settings.put("hibernate.search.backend.username", u));
        password.filter(p -> !p.isBlank()).ifPresent(p -> settings.put("hibernate.search.backend.password", p));
        settings.put("hibernate.search.backend.analysis.configurer", "class:" + VietnameseAnalysis.ForElasticsearch.class.getName());
        settings.put("hibernate.search.coordination.strategy", "outbox-polling");
        return settings;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the search index folder " + folder, e);
        }
    }
}
