package vn.saola.editorial;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;

import vn.saola.content.DocumentFacts;
import vn.saola.content.Register;
import vn.saola.content.Vocabulary;

/**
 * A document's register entry in its editing form: the lists to choose from, and the values — as
 * stored, or as the editor sent them with what is wrong with them when the entry was refused.
 */
@RequestScoped
public class RegisterForm {

    static final String[] FIELDS = {"number", "type", "issuer", "field", "signer", "issuedOn", "effectiveOn", "expiredOn"};

    @Inject
    Models models;

    @Inject
    Desk desk;

    @Inject
    Register register;

    private Map<String, String> typed;
    private Map<String, String> problems = Map.of();

    /** The next form shown is the one the editor sent, refused for {@code problems} (field → message key). */
    void refused(Map<String, String> typed, Map<String, String> problems) {
        this.typed = typed;
        this.problems = problems;
    }

    void show(long documentId) {
        var terms = register.terms();
        models.put("documentTypes", terms.get(Vocabulary.TYPE));
        models.put("issuers", terms.get(Vocabulary.ISSUER));
        models.put("fields", terms.get(Vocabulary.FIELD));
        Optional<DocumentFacts> stored = register.facts(documentId);
        models.put("registerValues", typed != null ? typed : stored.map(RegisterForm::values).orElseGet(HashMap::new));
        models.put("registerErrors", desk.messages(problems));
        models.put("registered", stored.isPresent());
    }

    private static Map<String, String> values(DocumentFacts facts) {
        Map<String, String> values = new HashMap<>();
        values.put("number", facts.number());
        values.put("type", String.valueOf(facts.type().id()));
        values.put("issuer", String.valueOf(facts.issuer().id()));
        values.put("field", facts.field() == null ? "" : String.valueOf(facts.field().id()));
        values.put("signer", facts.signer() == null ? "" : facts.signer());
        values.put("issuedOn", facts.issuedOn().toString());
        values.put("effectiveOn", facts.effectiveOn() == null ? "" : facts.effectiveOn().toString());
        values.put("expiredOn", facts.expiredOn() == null ? "" : facts.expiredOn().toString());
        return values;
    }
}
