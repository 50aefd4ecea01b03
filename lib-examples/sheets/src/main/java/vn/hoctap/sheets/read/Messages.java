package vn.hoctap.sheets.read;

/** The library's messages are "Vietnamese / English": this splits them for the two columns of an errors sheet. */
public final class Messages {
    private Messages() {
    }

    /** The Vietnamese and the English part of {@code problem}; both the whole text when it has no " / ". */
    public static String[] split(String problem) {
        int at = problem.indexOf(" / ");
        return at < 0 ? new String[] {problem, problem}
                : new String[] {problem.substring(0, at), problem.substring(at + 3)};
    }
}
