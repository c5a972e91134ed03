package vn.saola.content;

import java.util.Map;

import vn.saola.i18n.Language;

/** A category in one language, with the address of its page in every language it is named in. */
public record CategoryLink(long id, String name, String slug, String url, Map<Language, String> urls) {
}
