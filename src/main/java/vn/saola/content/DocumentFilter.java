package vn.saola.content;

/**
 * What narrows the register's list: the codes of a type, an issuing body and a field (empty: any),
 * a year of issue (null: any), and the order (newest issued first unless {@code oldestFirst}).
 */
public record DocumentFilter(String type, String issuer, String field, Integer year, boolean oldestFirst) {

    public static final DocumentFilter ALL = new DocumentFilter("", "", "", null, false);

    public boolean narrows() {
        return !type.isEmpty() || !issuer.isEmpty() || !field.isEmpty() || year != null;
    }
}
