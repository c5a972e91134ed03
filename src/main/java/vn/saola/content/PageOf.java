package vn.saola.content;

import java.util.List;

/** One page of a longer list: its items, which page it is (from 1), and how many there are in all. */
public record PageOf<T>(List<T> items, int number, int size, long total) implements Paged {

    /** Page numbers that exist; asking for any other is asking for a page that is not there. */
    public static boolean exists(int number, long total, int size) {
        return number >= 1 && (number == 1 || (long) (number - 1) * size < total);
    }
}
