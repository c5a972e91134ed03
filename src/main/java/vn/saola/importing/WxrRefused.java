package vn.saola.importing;

/** A file that is not a WordPress export Saola will read, with the reason as an {@code import.wordpress.refused.*} key. */
final class WxrRefused extends Exception {

    final transient Rejection why;

    WxrRefused(String key, Object... args) {
        super(key, null, false, false);
        this.why = new Rejection(key, args);
    }
}
