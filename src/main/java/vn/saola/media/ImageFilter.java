package vn.saola.media;

import java.time.YearMonth;

/** Which images the library lists: those whose name, text alternative or caption hold {@code words}, uploaded in {@code month} (null: any). */
public record ImageFilter(String words, YearMonth month) {
}
