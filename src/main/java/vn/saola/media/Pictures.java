package vn.saola.media;

import java.nio.file.Path;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Uploaded images as pages show them ({@link Picture}): size and narrower copies read from the disk
 * once, then remembered (an image never changes under its name).
 */
@ApplicationScoped
public class Pictures {

    @Inject
    ImageStore store;

    private Cache<String, Optional<Picture>> known;

    @PostConstruct
    void createMemory() {
        known = Caffeine.newBuilder().maximumSize(20_000).build();
    }

    /** The picture at {@code publicPath} ({@code /uploads/…}); null when there is none or it cannot be read. */
    public Picture of(String publicPath) {
        if (publicPath == null || !publicPath.startsWith(ImageStore.PREFIX)) {
            return null;
        }
        return known.get(publicPath, this::read).orElse(null);
    }

    private Optional<Picture> read(String publicPath) {
        String tail = publicPath.substring(ImageStore.PREFIX.length());
        Optional<Path> file = store.find(tail);
        Optional<ImageType> type = ImageType.ofExtension(tail.substring(tail.lastIndexOf('.') + 1));
        if (file.isEmpty() || type.isEmpty()) {
            return Optional.empty();
        }
        return ImageVariants.size(file.get()).map(size -> {
            StringJoiner srcset = new StringJoiner(", ");
            String folder = publicPath.substring(0, publicPath.lastIndexOf('/') + 1);
            for (int width : ImageVariants.WIDTHS) {
                Path copy = ImageVariants.copyOf(file.get(), type.get(), width);
                if (width < size.width() && ImageVariants.exists(copy)) {
                    srcset.add(folder + copy.getFileName() + " " + width + "w");
                }
            }
            srcset.add(publicPath + " " + size.width() + "w");
            return new Picture(publicPath, srcset.toString(), size.width(), size.height());
        });
    }
}
