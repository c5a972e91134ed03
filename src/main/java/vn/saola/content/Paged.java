package vn.saola.content;

/** A list shown page by page: which page this is (from 1), how long a page is, how many items in all. */
public interface Paged {

    int number();

    int size();

    long total();

    default int pageCount() {
        return (int) Math.max(1, (total() + size() - 1) / size());
    }

    default boolean hasPrevious() {
        return number() > 1;
    }

    default boolean hasNext() {
        return number() < pageCount();
    }
}
