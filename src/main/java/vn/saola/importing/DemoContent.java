package vn.saola.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.cluster.Cluster;
import vn.saola.content.ArticleDirectory;
import vn.saola.content.ContentChanges;
import vn.saola.content.ImportedTranslation;
import vn.saola.content.SiteIdentities;
import vn.saola.content.SiteIdentity;
import vn.saola.i18n.Language;
import vn.saola.platform.SiteSettings;

/**
 * Fills an empty database with the demo site: the Department of Industry and Trade's article of
 * the seed page, its English translation, the articles around it, the department's pages and
 * menus ({@link DemoMenus}), and the department as the site's identity. A database that holds any
 * article is never touched.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String RESOURCE = "/demo/articles.ndjson";
    private static final String IDENTITY = "/demo/identity.properties";

    @Inject
    Cluster cluster;

    @Inject
    ArticleDirectory articles;

    @Inject
    ContentChanges changes;

    @Inject
    SiteIdentities identities;

    @Inject
    DemoMenus menus;

    @Inject
    SiteSettings site;

    @Inject
    Validator validator;

    @Inject
    @ConfigProperty(name = "saola.demo-content", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes @Priority(2000) @Initialized(ApplicationScoped.class) Object started) {
        if (enabled) {
            // Nodes starting together: one loads the demo, the others then find it loaded.
            cluster.exclusively("start-up", 10, this::loadIntoEmptyDatabase);
        } else {
            LOG.info("Demo content off (saola.demo-content / SAOLA_DEMO_CONTENT): an empty database stays empty");
        }
    }

    private void loadIntoEmptyDatabase() {
        if (articles.articleCount() > 0) {
            LOG.info("Demo content on, but the database already holds articles: nothing loaded");
            return;
        }
        List<ImportedTranslation> lines = read();
        changes.importBatch(lines);
        identities.fillInIfNew(identity());
        menus.arrange();
        LOG.info(() -> "Demo content loaded: " + lines.size() + " translations");
    }

    private static Map<Language, SiteIdentity.Text> identity() {
        Properties demo = new Properties();
        try (InputStream in = DemoContent.class.getResourceAsStream(IDENTITY);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            demo.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo identity", e);
        }
        Map<Language, SiteIdentity.Text> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String prefix = language.code() + ".";
            Map<String, String> fields = new HashMap<>();
            demo.stringPropertyNames().stream().filter(name -> name.startsWith(prefix))
                    .forEach(name -> fields.put(name.substring(prefix.length()), demo.getProperty(name)));
            texts.put(language, SiteIdentity.Text.of(fields));
        }
        return texts;
    }

    private List<ImportedTranslation> read() {
        ImportLineParser parser = new ImportLineParser(site.zone(), validator);
        List<ImportedTranslation> lines = new ArrayList<>();
        try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ImportLineParser.Parsed parsed = parser.parse(line);
                if (!parsed.isOk()) {
                    throw new IllegalStateException("Demo content line " + number + ": "
                            + parsed.problem().message(Language.EN));
                }
                lines.add(parsed.translation());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo content", e);
        }
        return lines;
    }
}
