package vn.hoctap.rules.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The problems found so far, each once, in the order found, with the exceptions behind them. */
final class Problems {
    /** The most of a foreign message (a compiler's, an exception's) a problem quotes: its gist, not a trace. */
    static final int EXCERPT = 300;

    private final Set<PackProblem> problems = new LinkedHashSet<>();
    private final List<Throwable> causes = new ArrayList<>();

    void add(PackProblem.Code code, String file, Integer line, String messageVi, String messageEn) {
        problems.add(new PackProblem(code, file, line, messageVi, messageEn));
    }

    /** A problem that an exception shows; the exception is kept as a cause of the refusal, not printed in it. */
    void add(PackProblem.Code code, String file, Integer line, String messageVi, String messageEn, Throwable cause) {
        add(code, file, line, messageVi, messageEn);
        if (causes.stream().noneMatch(c -> c == cause)) {
            causes.add(cause);
        }
    }

    int size() {
        return problems.size();
    }

    List<PackProblem> list() {
        return List.copyOf(problems);
    }

    /** The refusal: every problem, the first exception behind one as its cause, the others suppressed in it. */
    PackValidationException exception() {
        PackValidationException e = new PackValidationException(list());
        if (!causes.isEmpty()) {
            e.initCause(causes.get(0));
            causes.subList(1, causes.size()).forEach(e::addSuppressed);
        }
        return e;
    }

    /**
     * The first line of {@code text}, cut to {@link #EXCERPT} characters: a parser's message can run to thousands of
     * characters of trace, which belong in the cause, not in the problem a reader is shown.
     */
    static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = text.strip();
        int newline = s.indexOf('\n');
        String first = newline < 0 ? s : s.substring(0, newline).strip() + " …";
        return first.length() <= EXCERPT ? first : first.substring(0, EXCERPT) + " …";
    }

    /** {@code t} in a few words: its kind and the excerpt of its message. */
    static String describe(Throwable t) {
        String message = excerpt(t.getMessage());
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
