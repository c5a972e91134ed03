package vn.saola.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.saola.i18n.Language;

/**
 * One entry of a {@link Vocabulary}: "Quyết định" (a type), "UBND tỉnh Quảng Trị" (an issuing body),
 * "Công thương" (a field). Named in Vietnamese, and in English where an editor gave a name (else the
 * Vietnamese name stands); addresses filter by its {@code code}, the same in both languages.
 */
@Entity
@Table(name = "document_term")
class DocumentTerm {

    static final int NAME = 120;
    static final int CODE = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_term_seq")
    @SequenceGenerator(name = "document_term_seq", sequenceName = "document_term_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Vocabulary vocabulary;

    @Column(nullable = false, length = CODE)
    private String code;

    @Column(name = "name_vi", nullable = false, length = NAME)
    private String nameVi;

    @Column(name = "name_en", length = NAME)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected DocumentTerm() {
    }

    DocumentTerm(Vocabulary vocabulary, String code, String nameVi, String nameEn, int position) {
        this.vocabulary = vocabulary;
        this.code = code;
        this.position = position;
        rename(nameVi, nameEn);
    }

    long id() {
        return id;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    String code() {
        return code;
    }

    String name(Language language) {
        return language == Language.EN && nameEn != null ? nameEn : nameVi;
    }

    void rename(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn;
    }

    DocumentTermView view() {
        return new DocumentTermView(id, vocabulary, code, nameVi, nameEn == null ? "" : nameEn);
    }
}
