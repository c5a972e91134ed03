package vn.saola.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Resolves {@code #{key}} in the views from the {@code i18n/} bundles, in the language of the page. */
public class BundleMessageResolver extends AbstractMessageResolver {

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Language language = languageOf(context.getLocale());
        try {
            String pattern = Messages.bundle(language).getString(key);
            if (parameters == null || parameters.length == 0) {
                return pattern;
            }
            return new MessageFormat(pattern, language.locale()).format(parameters);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        // Visible in the page and easy to grep for, rather than an empty string nobody notices.
        return "??" + key + "??";
    }

    private static Language languageOf(Locale locale) {
        return Language.fromCode(locale == null ? "" : locale.getLanguage()).orElse(Language.primary());
    }
}
