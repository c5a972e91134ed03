package vn.saola.content;

import vn.saola.i18n.Language;

/** A type, issuing body or field as forms and filters show it ({@code nameEn} empty: none given). */
public record DocumentTermView(long id, Vocabulary vocabulary, String code, String nameVi, String nameEn) {

    public String name(Language language) {
        return language == Language.EN && !nameEn.isEmpty() ? nameEn : nameVi;
    }
}
