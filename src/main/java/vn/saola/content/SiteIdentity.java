package vn.saola.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import vn.saola.i18n.Language;

/**
 * Who the site speaks for, as the header, the footer, link previews, feeds and shared e-mails say
 * it: per language, the site's and the agency's names and the contacts Decree 42/2022/NĐ-CP asks a
 * state agency's portal to show; the logo, for both languages.
 *
 * @param filledIn whether an administrator (or the demo content) has saved it yet; until then the
 *        names come from the settings file and the dashboard asks an administrator to fill it in
 * @param version what a form opened now must send back, so that two administrators' saves do not
 *        silently overwrite each other
 */
public record SiteIdentity(Map<Language, Text> texts, String logo, boolean filledIn, int version, String updatedBy) {

    /** The identity's words in one language; empty strings where nothing is given. */
    public record Text(String siteName, String agencyName, String address, String telephone, String fax,
            String email, String responsible, String licence, String footer) {

        public static final int SITE_NAME = 200;
        public static final int AGENCY_NAME = 300;
        public static final int ADDRESS = 500;
        public static final int TELEPHONE = 100;
        public static final int EMAIL = 200;
        public static final int RESPONSIBLE = 300;
        public static final int LICENCE = 500;
        public static final int FOOTER = 2000;

        public static Text named(String siteName) {
            return new Text(siteName, "", "", "", "", "", "", "", "");
        }

        /** From the fields by name (as a form or a file names them); a field not given is empty. */
        public static Text of(Map<String, String> fields) {
            Function<String, String> field = name -> fields.getOrDefault(name, "");
            return new Text(field.apply("siteName"), field.apply("agencyName"), field.apply("address"),
                    field.apply("telephone"), field.apply("fax"), field.apply("email"), field.apply("responsible"),
                    field.apply("licence"), field.apply("footer"));
        }

        /** The fields by name, in the order a form shows them. */
        public Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("siteName", siteName);
            fields.put("agencyName", agencyName);
            fields.put("address", address);
            fields.put("telephone", telephone);
            fields.put("fax", fax);
            fields.put("email", email);
            fields.put("responsible", responsible);
            fields.put("licence", licence);
            fields.put("footer", footer);
            return fields;
        }

        /** {@code tel:} and the number's digits (a leading + kept), for phones to call. */
        public String telephoneLink() {
            return "tel:" + telephone.replaceAll("[^0-9+]", "");
        }

        /** Whether the footer has any contact to show besides the names. */
        public boolean hasContacts() {
            return !(address + telephone + fax + email + responsible).isBlank();
        }
    }

    public SiteIdentity {
        texts = Map.copyOf(texts);
    }

    /** The words in {@code language}; a name left empty there is the other language's. */
    public Text text(Language language) {
        Text text = texts.get(language);
        Text other = texts.get(language.other());
        if (text == null) {
            return other == null ? Text.named("") : Text.named(other.siteName());
        }
        return text.siteName().isBlank() && other != null
                ? new Text(other.siteName(), text.agencyName(), text.address(), text.telephone(), text.fax(), text.email(),
                        text.responsible(), text.licence(), text.footer())
                : text;
    }

    public String siteName(Language language) {
        return text(language).siteName();
    }

    /** The agency the site publishes for: its own name where given, else the site's. */
    public String publisher(Language language) {
        Text text = text(language);
        return text.agencyName().isBlank() ? text.siteName() : text.agencyName();
    }
}
