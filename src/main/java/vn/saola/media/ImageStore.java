package vn.saola.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.platform.DataFolder;
import vn.saola.platform.SiteSettings;

/**
 * Uploaded images, under {@code uploads/} in the data folder, each under a random name of its
 * own ({@code /uploads/2026/11/3f9c…e1.jpg}) with its narrower copies beside it: nothing an
 * uploader chooses reaches the file system, and a name never changes its content, so browsers may
 * keep it for a year. An upload must be an image ImageIO can read, of at most
 * {@link ImageVariants#MAX_PIXELS} pixels.
 */
@ApplicationScoped
public class ImageStore {

    /** An upload's address starts so; its tail is the file under the uploads folder. */
    public static final String PREFIX = "/uploads/";
    /** An upload, or one of its narrower copies ({@link ImageVariants}). */
    static final Pattern PUBLIC_PATH = Pattern.compile("[0-9]{4}/[0-9]{2}/[0-9a-f]{32}(-[0-9]{3,4}w)?\\.(jpg|png|webp)");
    private static final Pattern ORIGINAL = Pattern.compile("[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\\.(jpg|png|webp)");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DataFolder data;

    @Inject
    SiteSettings settings;

    @Inject
    @ConfigProperty(name = "saola.uploads.max-bytes", defaultValue = "5242880")
    long maxBytes;

    private Path root;

    @PostConstruct
    void createFolder() {
        // ImageIO looks for readers once, through the class loader of whoever used it first (perhaps
        // the server): scanning again from here finds the WebP reader the WAR brings.
        javax.imageio.ImageIO.scanForPlugins();
        root = data.path().resolve("uploads");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the uploads folder " + root, e);
        }
    }

    /** The upload limit as an editor reads it: {@code 5 MB}, {@code 292 KB}. */
    public String maxSize() {
        return readable(maxBytes);
    }

    static String readable(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    /** Stores an image under a new name of its own. */
    StoredImage store(InputStream upload) throws UploadRefused, IOException {
        byte[] head = upload.readNBytes(ImageType.SIGNATURE_LENGTH);
        if (head.length == 0) {
            throw new UploadRefused("upload.error.missing");
        }
        ImageType type = ImageType.of(head).orElseThrow(() -> new UploadRefused("upload.error.type"));
        LocalDate today = LocalDate.now(settings.zone());
        String name = String.format("%04d/%02d/%s.%s", today.getYear(), today.getMonthValue(),
                HexFormat.of().formatHex(randomBytes()), type.extension());
        Path target = root.resolve(name);
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "upload", ".part");
        ImageVariants.Size pixels;
        long size = head.length;
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                out.write(head);
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = upload.read(buffer)) > 0; ) {
                    size += read;
                    if (size > maxBytes) {
                        throw new UploadRefused("upload.error.size");
                    }
                    out.write(buffer, 0, read);
                }
            }
            pixels = ImageVariants.size(partial).orElseThrow(() -> new UploadRefused("upload.error.type"));
            if ((long) pixels.width() * pixels.height() > ImageVariants.MAX_PIXELS) {
                throw new UploadRefused("upload.error.dimensions");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            ImageVariants.make(target, type, pixels);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new StoredImage(name.substring(0, name.lastIndexOf('.')), PREFIX + name, pixels.width(), pixels.height(), size);
    }

    /** Deletes the image whose address is {@code address}, with its narrower copies. */
    void delete(String address) throws IOException {
        Optional<Path> original = find(address.substring(PREFIX.length()));
        if (original.isEmpty()) {
            return;
        }
        ImageType type = ImageType.ofExtension(extension(address)).orElseThrow();
        for (int width : ImageVariants.WIDTHS) {
            Files.deleteIfExists(ImageVariants.copyOf(original.get(), type, width));
        }
        Files.delete(original.get());
    }

    /** The narrowest copy of the image at {@code address} (for lists of thumbnails), else the image itself. */
    String thumbnail(String address) {
        Optional<Path> original = find(address.substring(PREFIX.length()));
        Optional<ImageType> type = ImageType.ofExtension(extension(address));
        if (original.isPresent() && type.isPresent()) {
            Path copy = ImageVariants.copyOf(original.get(), type.get(), ImageVariants.WIDTHS[0]);
            if (ImageVariants.exists(copy)) {
                return address.substring(0, address.lastIndexOf('/') + 1) + copy.getFileName();
            }
        }
        return address;
    }

    /** The originals stored under the uploads folder (no copies), each as it would be stored now. */
    List<StoredOriginal> originals() throws IOException {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(tail -> ORIGINAL.matcher(tail).matches())
                    .map(tail -> new StoredOriginal(root.resolve(tail), PREFIX + tail)).toList();
        }
    }

    /** A stored original: where it is, and its address. */
    record StoredOriginal(Path file, String address) {

        String key() {
            return address.substring(PREFIX.length(), address.lastIndexOf('.'));
        }

        Optional<StoredImage> read() throws IOException {
            long bytes = Files.size(file);
            return ImageVariants.size(file).map(s -> new StoredImage(key(), address, s.width(), s.height(), bytes));
        }
    }

    /** The key an address names, whether the original's or a copy's ({@code 2026/11/3f9c…e1}); empty for none. */
    static Optional<String> keyOf(String address) {
        if (address == null || !address.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String tail = address.substring(PREFIX.length());
        if (!PUBLIC_PATH.matcher(tail).matches()) {
            return Optional.empty();
        }
        return Optional.of(tail.substring(0, tail.lastIndexOf('/') + 33));
    }

    private static String extension(String address) {
        return address.substring(address.lastIndexOf('.') + 1);
    }

    /** The file behind a public path's tail ({@code 2026/11/….jpg}), if it is one of ours. */
    public Optional<Path> find(String tail) {
        if (tail == null || !PUBLIC_PATH.matcher(tail).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(tail).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
