package vn.saola.content;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import vn.saola.i18n.Language;

/** Stores a {@link Language} as its two-letter code, the form the URLs and the import use. */
@Converter
public class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return code == null ? null : Language.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown language code in the database: " + code));
    }
}
