package vn.saola.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.saola.platform.DataFolder;

/**
 * Attached documents (PDF, Office, OpenDocument, ZIP), under {@code files/} in the data folder,
 * each stored once under the hash of its bytes ({@code files/3f/3f9c…e1.pdf}). Its address,
 * {@code /files/3f9c…e1/Quyết định 2146.pdf} (percent-encoded), names the content, so browsers may keep
 * it for a year, and carries the name the reader's download gets.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    /** An attachment's address starts so. */
    public static final String PREFIX = "/files/";
    static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    @Inject
    DataFolder data;

    @Inject
    MovedAddresses moved;

    @Inject
    @ConfigProperty(name = "saola.attachments.max-bytes", defaultValue = "20971520")
    long maxBytes;

    private Path root;

    /** What was stored: its address, the name readers download it as, its type and size in bytes. */
    public record Stored(String address, String name, AttachmentType type, long size) {
    }

    /** A stored file found by its address's key, with its type. */
    public record Found(Path file, AttachmentType type) {
    }

    @PostConstruct
    void createFolder() {
        root = data.path().resolve("files");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the attachments folder " + root, e);
        }
    }

    /** The limit as an editor reads it: {@code 20 MB}. */
    public String maxSize() {
        return ImageStore.readable(maxBytes);
    }

    /** Stores a document its uploader called {@code sentName}. */
    public Stored store(InputStream upload, String sentName) throws UploadRefused, IOException {
        Path partial = Files.createTempFile(root, "upload", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = upload.read(buffer)) > 0; ) {
                    size += read;
                    if (size > maxBytes) {
                        throw new UploadRefused("attachment.error.size");
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new UploadRefused("attachment.error.missing");
            }
            AttachmentType type = AttachmentType.of(partial, sentName)
                    .orElseThrow(() -> new UploadRefused("attachment.error.type"));
            String key = HexFormat.of().formatHex(sha256.digest()).substring(0, 32);
            Path target = file(key, type);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) { // else the same bytes were uploaded before: one copy serves both
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            String name = FileNames.safe(sentName, type.extension());
            return new Stored(PREFIX + key + "/" + FileNames.pathSegment(name), name, type, size);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The file behind an address this store gave ({@code /files/{key}/{name}}), if it is still here. */
    public Optional<Found> atAddress(String address) {
        if (address == null || !address.startsWith(PREFIX) || address.length() < PREFIX.length() + 32) {
            return Optional.empty();
        }
        return find(address.substring(PREFIX.length(), PREFIX.length() + 32), address);
    }

    /**
     * The file behind an address's key, if it is one of ours. The same bytes may have been stored as
     * two types (a package named .docx once and .zip once): the type {@code name}'s extension says wins.
     */
    public Optional<Found> find(String key, String name) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        String extension = name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
        Optional<AttachmentType> named = AttachmentType.ofExtension(extension);
        if (named.isPresent() && Files.isRegularFile(file(key, named.get()))) {
            return Optional.of(new Found(file(key, named.get()), named.get()));
        }
        for (AttachmentType type : AttachmentType.values()) {
            Path file = file(key, type);
            if (Files.isRegularFile(file)) {
                return Optional.of(new Found(file, type));
            }
        }
        return Optional.empty();
    }

    /** A stored file as the library's list of unused files shows it: its key, type, size and when it was stored. */
    public record StoredFile(String key, AttachmentType type, long size, Instant storedAt) {
    }

    /** Every stored file, newest first. */
    public List<StoredFile> all() {
        List<StoredFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            files.filter(Files::isRegularFile).forEach(file -> stored(file).ifPresent(found::add));
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Cannot list the stored files in " + root + ": " + e);
        }
        found.sort(Comparator.comparing(StoredFile::storedAt).reversed());
        return List.copyOf(found);
    }

    private static Optional<StoredFile> stored(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !KEY.matcher(name.substring(0, dot)).matches()) {
            return Optional.empty(); // an upload still being written (upload….part), or not ours
        }
        try {
            return AttachmentType.ofExtension(name.substring(dot + 1)).map(type -> new StoredFile(name.substring(0, dot), type,
                    size(file), modified(file)));
        } catch (UncheckedIOException gone) {
            return Optional.empty();
        }
    }

    /**
     * A replaced document's old address ({@code from}) leads to its new one from now on, and the old
     * bytes are deleted unless they are the new ones (the same file sent again).
     */
    public void replaced(String from, String to) throws IOException {
        moved.record(from, to);
        String oldKey = key(from);
        if (!oldKey.equals(key(to))) {
            delete(oldKey);
        }
    }

    /** Where the document whose bytes had the key {@code key} is now, if it was replaced. */
    public Optional<String> movedTo(String key) {
        return KEY.matcher(key).matches() ? moved.startingWith(PREFIX + key + "/") : Optional.empty();
    }

    private static String key(String address) {
        return address.substring(PREFIX.length(), PREFIX.length() + 32);
    }

    /** Deletes every stored copy of the bytes whose key is {@code key}; the caller has checked no article lists them. */
    public void delete(String key) throws IOException {
        if (key == null || !KEY.matcher(key).matches()) {
            return;
        }
        for (AttachmentType type : AttachmentType.values()) {
            Files.deleteIfExists(file(key, type));
        }
        LOG.info(() -> "Deleted the stored file " + key);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String key, AttachmentType type) {
        return root.resolve(key.substring(0, 2)).resolve(key + "." + type.extension());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
