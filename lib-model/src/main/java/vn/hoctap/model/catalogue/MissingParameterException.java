package vn.hoctap.model.catalogue;

import java.time.LocalDate;
import vn.hoctap.model.subject.Level;

/**
 * A rule needs a parameter that no loaded pack gives a value for on the evaluation date. The library refuses to
 * evaluate rather than guess: a value the law does not give must be supplied by a rule pack.
 */
public class MissingParameterException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String parameterId;

    public MissingParameterException(String parameterId, Level level, LocalDate date, String neededBy) {
        super("Thiếu tham số '" + parameterId + "'" + (level == null ? "" : " cho " + level.nameVi()) + " vào ngày " + date
                + " (cần cho " + neededBy + "); bộ quy tắc phải cung cấp giá trị này / Missing parameter '" + parameterId
                + "'" + (level == null ? "" : " for " + level.nameEn()) + " on " + date + " (needed by " + neededBy
                + "); a rule pack must supply it");
        this.parameterId = parameterId;
    }

    public String parameterId() {
        return parameterId;
    }
}
