package vn.hoctap.model;

import java.util.Objects;

/**
 * Thrown when input data is malformed or inconsistent. It names the offending field as a JSON path relative to
 * the value being built (for example {@code members.learningCitizen}); {@link vn.hoctap.model.json.HoctapJson}
 * prefixes the path of the enclosing document, so the caller sees {@code $.members.learningCitizen}.
 *
 * <p>Dữ liệu đầu vào sai hoặc mâu thuẫn; thông báo nêu trường (đường dẫn JSON) và lỗi.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    /**
     * @param path    the field, as a JSON path relative to the value being validated ({@code $} for the value itself)
     * @param problem what is wrong, in Vietnamese then English, e.g. "phải ≥ 0 / must be ≥ 0"
     */
    public InvalidInputException(String path, String problem) {
        super(path + ": " + problem);
        this.path = Objects.requireNonNull(path);
        this.problem = Objects.requireNonNull(problem);
    }

    /** The field, as a JSON path. */
    public String path() {
        return path;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }

    /** The same problem, reported under {@code prefix} (a parent path). */
    public InvalidInputException under(String prefix) {
        String joined = path.equals("$") ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new InvalidInputException(joined, problem);
    }
}
