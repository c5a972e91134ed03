package vn.saola.site;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.saola.content.ContentChanged;

/**
 * The public pages kept in memory, bounded by bytes ({@code saola.pages.memory-mb}). Every change
 * to content, made here or on another node, forgets them all before the change is answered, and a
 * page whose render began before a change is never kept or served (the generation it began in is
 * no longer current). Pages also expire after {@code saola.content.cache-seconds}, like the
 * content they were made from, so that an article whose publication time comes appears.
 */
@ApplicationScoped
public class PageMemory {

    @Inject
    @ConfigProperty(name = "saola.pages.memory-mb", defaultValue = "64")
    int memoryMegabytes;

    @Inject
    @ConfigProperty(name = "saola.content.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    private final AtomicLong generation = new AtomicLong();
    private Cache<String, KeptPage> pages;

    @PostConstruct
    void create() {
        pages = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, memoryMegabytes) * 1024L * 1024L)
                .weigher((String address, KeptPage page) -> page.weight() + 2 * address.length())
                .expireAfterWrite(Duration.ofSeconds(cacheSeconds))
                .build();
    }

    /** The generation a render beginning now belongs to. */
    long generation() {
        return generation.get();
    }

    Optional<KeptPage> find(String address) {
        KeptPage page = pages.getIfPresent(address);
        return page != null && page.generation() == generation.get() ? Optional.of(page) : Optional.empty();
    }

    void keep(String address, KeptPage page) {
        if (page.generation() == generation.get()) {
            pages.put(address, page);
        }
    }

    void forgetAll(@Observes ContentChanged change) {
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}
