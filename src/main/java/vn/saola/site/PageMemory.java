package vn.saola.site;

import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.content.ContentChanged;
import vn.saola.platform.StampedCache;

/**
 * The public pages kept in memory, bounded by bytes ({@code saola.pages.memory-mb}). Every change
 * to content, made here or on another node, forgets them all before the change is answered, and a
 * page whose render began before a change is never kept or served ({@link StampedCache}). Pages
 * also expire after {@code saola.content.cache-seconds}, like the content they were made from.
 */
@ApplicationScoped
public class PageMemory {

    @Inject
    @ConfigProperty(name = "saola.pages.memory-mb", defaultValue = "64")
    int memoryMegabytes;

    @Inject
    @ConfigProperty(name = "saola.content.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    private StampedCache<String, KeptPage> pages;

    @PostConstruct
    void create() {
        pages = new StampedCache<>(Caffeine.newBuilder()
                .maximumWeight(Math.max(0, memoryMegabytes) * 1024L * 1024L)
                .weigher((String address, StampedCache.Stamped<KeptPage> page) -> page.value().weight() + 2 * address.length())
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds)));
    }

    /** The generation a render beginning now belongs to. */
    long generation() {
        return pages.generation();
    }

    Optional<KeptPage> find(String address) {
        return pages.find(address);
    }

    void keep(String address, long renderedIn, KeptPage page) {
        pages.keep(address, renderedIn, page);
    }

    void forgetAll(@Observes ContentChanged change) {
        pages.forgetAll();
    }
}
