package vn.saola.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Recognises a visitor within one day without a cookie and without keeping who they are: a hash
 * of the day's random salt, the address and the User-Agent. When the salt is gone (after its day)
 * nobody can tell from a hash which address it was, nor link two days of the same visitor.
 */
final class VisitorHashes {

    private final Function<LocalDate, String> saltOfDay;

    VisitorHashes(Function<LocalDate, String> saltOfDay) {
        this.saltOfDay = saltOfDay;
    }

    String visitor(LocalDate day, String address, String userAgent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(saltOfDay.apply(day).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
            // 128 bits: collisions among a day's visitors are out of the question.
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
