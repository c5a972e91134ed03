package vn.saola.site;

import java.util.OptionalInt;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import vn.saola.content.PageOf;
import vn.saola.content.PublicContent;
import vn.saola.content.Slugs;
import vn.saola.i18n.Language;

/** Reading the parts of a public URL; anything that cannot name a page is a 404, never an error. */
public final class PublicPaths {

    private PublicPaths() {
    }

    public static Language language(String code) {
        return Language.fromCode(code).orElseThrow(NotFoundException::new);
    }

    public static void requireSegment(String actual, String expected) {
        if (!expected.equals(actual)) {
            throw new NotFoundException();
        }
    }

    public static String slug(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            throw new NotFoundException();
        }
        return slug;
    }

    /** {@code ?page=} as a page number from 1; absent means 1, anything but a plain number is no page. */
    /** What an address no visible content has answers: 410 Gone for what is in the trash, else 404. */
    public static WebApplicationException missing(PublicContent content, Language language, String slug) {
        return content.inTrash(language, slug) ? new ClientErrorException(Response.Status.GONE) : new NotFoundException();
    }

    public static int pageNumber(String page) {
        OptionalInt parsed = parsePage(page);
        if (parsed.isEmpty()) {
            throw new NotFoundException();
        }
        return parsed.getAsInt();
    }

    private static OptionalInt parsePage(String page) {
        if (page == null || page.isEmpty()) {
            return OptionalInt.of(1);
        }
        if (page.length() > 6 || !page.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int number = Integer.parseInt(page);
        return number >= 1 ? OptionalInt.of(number) : OptionalInt.empty();
    }

    public static <T> PageOf<T> existing(PageOf<T> page) {
        if (!PageOf.exists(page.number(), page.total(), page.size())) {
            throw new NotFoundException();
        }
        return page;
    }
}
