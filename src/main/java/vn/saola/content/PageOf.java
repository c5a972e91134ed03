package vn.saola.content;

import java.util.List;

/** One page of a longer list: its items, which page it is (from 1), and how many there are in all. */
public record PageOf<T>(List<T> items, int number, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pageCount();
    }

    /** Page numbers that exist; asking for any other is asking for a page that is not there. */
    public static boolean exists(int number, long total, int size) {
        return number >= 1 && (number == 1 || (long) (number - 1) * size < total);
    }
}
