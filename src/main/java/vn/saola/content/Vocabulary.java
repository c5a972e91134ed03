package vn.saola.content;

import java.util.Optional;

/** The lists a register's documents are sorted by, each kept by editors: types, issuing bodies, fields. */
public enum Vocabulary implements Worded {
    TYPE,
    ISSUER,
    FIELD;

    public static Optional<Vocabulary> fromWord(String word) {
        return Worded.fromWord(Vocabulary.class, word);
    }
}
