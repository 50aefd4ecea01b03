package vn.hoctap.rules.pack;

import static java.util.Objects.requireNonNull;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * One thing wrong with a province pack, found before any evaluation.
 *
 * @param code      what kind of problem, stable across versions
 * @param file      the file it is in: a path, or {@code classpath:} and the resource name
 * @param line      the line in that file (from 1), or {@code null} when the problem is not at one line
 * @param messageVi what is wrong and how to fix it, in Vietnamese, naming the ids involved
 * @param messageEn the same in English
 */
public record PackProblem(Code code, String file, Integer line, String messageVi, String messageEn) {
    public PackProblem {
        requireNonNull(code, "code");
        requireNonNull(file, "file");
        requireNonNull(messageVi, "messageVi");
        requireNonNull(messageEn, "messageEn");
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line " + line);
        }
    }

    /** The message in both languages, "Vietnamese / English", as the library writes every refusal. */
    public String message() {
        return messageVi + " / " + messageEn;
    }

    /** {@code file:line: [CODE] message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": [" + code + "] " + message();
    }

    /** The kinds of problem. The names are stable: tools may match on them. */
    public enum Code implements Bilingual {
        /** A file the pack needs is missing, unreadable or not UTF-8 ({@code pack.json}, or one it lists). */
        FILE_UNREADABLE("tệp không đọc được", "file cannot be read"),
        /** A {@code .drl} or {@code .json} file in the pack's directory that {@code pack.json} does not list. */
        FILE_NOT_LISTED("tệp không được khai báo trong pack.json", "file not listed in pack.json"),
        /** A listed file name that is no valid relative path (a NUL or another control character in it). */
        INVALID_FILE_NAME("tên tệp không hợp lệ", "invalid file name"),
        /** A listed file that is a link (or a path) leading out of the pack's own directory; it is not read. */
        FILE_OUTSIDE_PACK("tệp nằm ngoài thư mục bộ tiêu chí", "file outside the pack's directory"),
        /** A listed name that is a directory, a FIFO, a device or anything else but a regular file; it is not read. */
        FILE_NOT_REGULAR("không phải tệp thường", "not a regular file"),
        /** A file larger than the bound for one file of a pack; it is not read. */
        FILE_TOO_LARGE("tệp quá lớn", "file too large"),
        /** Malformed JSON, an unknown field, a wrong type, or a value that breaks a rule; the JSON path is named. */
        INVALID_JSON("JSON không hợp lệ", "invalid JSON"),
        /** A DRL file declares no package, or a package reserved for the library. */
        DRL_PACKAGE("gói (package) của tệp DRL không hợp lệ", "invalid DRL package"),
        /** The pack's rules do not compile. */
        DRL_ERROR("luật DRL không biên dịch được", "DRL does not compile"),
        /**
         * The pack's own code threw while the rules were being built: Drools runs an {@code eval} without bindings,
         * and whatever it calls, when it builds the rule base, not only when it evaluates.
         */
        PACK_CODE_FAILED("mã của bộ tiêu chí gây lỗi khi nạp", "the pack's code failed while loading"),
        /** Loading failed in a way none of the other codes names; the exception is the problem's cause. */
        LOAD_FAILED("không nạp được bộ tiêu chí", "the pack could not be loaded"),
        /**
         * The pack has DRL and the host's class path has no DRL compiler: lib-rules leaves it optional, and the
         * message names the dependencies to add.
         */
        DRL_COMPILER_MISSING("thiếu trình biên dịch luật DRL", "DRL compiler missing"),
        /** A criterion id that the composed catalogue does not have (or a scheme that does not list it). */
        UNKNOWN_CRITERION("mã tiêu chí không có", "unknown criterion id"),
        /** An indicator id the composed catalogue does not have, or a new parameter that belongs to none. */
        UNKNOWN_INDICATOR("mã chỉ tiêu không có", "unknown indicator id"),
        /** A scheme id the composed catalogue does not have. */
        UNKNOWN_SCHEME("mã danh hiệu không có", "unknown scheme id"),
        /** A parameter no layer defines (a new one needs a full definition). */
        UNKNOWN_PARAMETER("mã tham số không có", "unknown parameter id"),
        /** A rule names an indicator or criterion that another layer judges, so it would never fire. */
        NOT_OWNED("luật nhắm vào tiêu chí của lớp khác", "rule targets another layer's criterion"),
        /** An indicator the pack adds or replaces that none of its rules names. */
        UNJUDGED_INDICATOR("chỉ tiêu không có luật đánh giá", "indicator without a rule"),
        /** A replacement declared without the new definition. */
        MISSING_DEFINITION("thiếu định nghĩa tiêu chí thay thế", "replacement without a definition"),
        /** A criterion the pack defines but neither adds to a scheme nor uses to replace one. */
        UNUSED_CRITERION("tiêu chí không được dùng", "criterion not used"),
        /** An id already used in the composed catalogue, or twice in the pack. */
        DUPLICATE_ID("trùng mã", "duplicate id"),
        /** Two packs in force together touch the same criterion or rename the same scheme. */
        CONFLICT("hai bộ tiêu chí cùng sửa một mục", "two packs touch the same item"),
        /** A criterion, indicator, declaration or parameter value without the citation of its source. */
        MISSING_CITATION("thiếu trích dẫn văn bản", "citation missing"),
        /** A parameter override whose type differs from the definition it overrides. */
        PARAMETER_TYPE_MISMATCH("sai kiểu tham số", "parameter type mismatch"),
        /** A parameter that a scheme the pack uses needs, with no value in any layer. */
        PARAMETER_UNSET("tham số bắt buộc chưa có giá trị", "required parameter unset"),
        /** A switch-off that leaves a scheme without any criterion. */
        EMPTY_SCHEME("danh hiệu không còn tiêu chí nào", "scheme left without criteria"),
        /** Two layers with the same name, which explanations could not tell apart. */
        DUPLICATE_LAYER("trùng tên lớp", "duplicate layer name");

        private final Names names;

        Code(String nameVi, String nameEn) {
            this.names = new Names(nameVi, nameEn);
        }

        @Override
        public Names names() {
            return names;
        }
    }
}
