package vn.saola.testing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The Bean Validation the server uses (Hibernate Validator), for unit tests outside it. */
public final class BeanValidation {

    // Saola's messages are plain words, so no expression language is needed to interpolate them.
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private BeanValidation() {
    }

    public static Validator validator() {
        return VALIDATOR;
    }
}
