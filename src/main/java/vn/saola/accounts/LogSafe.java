package vn.saola.accounts;

/** Text typed by someone outside, made fit for a log line. */
final class LogSafe {

    private LogSafe() {
    }

    /** Cut short, control characters (forged log lines) replaced. */
    static String name(String typed) {
        if (typed == null) {
            return "";
        }
        String cut = typed.length() > 50 ? typed.substring(0, 50) : typed;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
