package vn.saola.content;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

/**
 * What an article's fields may hold, declared once as Bean Validation constraints: the editors'
 * form, the import line and the database columns all read them here.
 *
 * <p>A violation's message is one of three words ({@link #REQUIRED}, {@link #TOO_LONG},
 * {@link #MALFORMED}); each face turns it into a sentence in its reader's language.
 */
public final class ArticleConstraints {

    public static final int TITLE = 500;
    public static final int SUMMARY = 2000;
    public static final int BODY = 1_000_000;
    /** What an editor writes to the author of a translation returned to them. */
    public static final int REVIEW_NOTE = 1000;
    public static final int AUTHOR = 200;
    public static final int CATEGORY_NAME = 200;
    public static final int IMPORT_ID = 200;
    public static final int IMAGE_ALT = 300;
    public static final int KEYWORDS = 1000;

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "tooLong";
    public static final String MALFORMED = "malformed";

    private ArticleConstraints() {
    }

    @Written
    @Size(max = TITLE, message = TOO_LONG)
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    public @interface Title {
        String message() default REQUIRED;
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Size(max = SUMMARY, message = TOO_LONG)
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    public @interface Summary {
        String message() default TOO_LONG;
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Written
    @Size(max = BODY, message = TOO_LONG)
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    public @interface Body {
        String message() default REQUIRED;
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Size(max = AUTHOR, message = TOO_LONG)
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    public @interface Author {
        String message() default TOO_LONG;
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Written
    @Size(max = CATEGORY_NAME, message = TOO_LONG)
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    public @interface CategoryName {
        String message() default REQUIRED;
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Written
    @Size(max = IMPORT_ID, message = TOO_LONG)
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    public @interface ImportId {
        String message() default REQUIRED;
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** A slug an editor may type: empty (then it is made from the title) or well formed ({@link Slugs}). */
    @Constraint(validatedBy = SlugShape.class)
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    public @interface Slug {
        String message() default MALFORMED;
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /**
     * Some text that is not only white space, by the rule {@link String#strip()} uses when the
     * text is saved (Bean Validation's {@code @NotBlank} would let an em space through, then save nothing).
     */
    @Constraint(validatedBy = WrittenText.class)
    @Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @Documented
    public @interface Written {
        String message() default REQUIRED;
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    public static final class WrittenText implements ConstraintValidator<Written, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && !value.toString().isBlank();
        }
    }

    public static final class SlugShape implements ConstraintValidator<Slug, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.toString().isBlank() || Slugs.isWellFormed(value.toString().strip());
        }
    }
}
