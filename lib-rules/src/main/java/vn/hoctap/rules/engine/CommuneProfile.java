package vn.hoctap.rules.engine;

import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.UniversalEducationFigures;

/**
 * The commune under evaluation for "Cộng đồng học tập" cấp xã, as rules see it: the flags that choose thresholds and
 * where criterion 4's data come from. Flags are read as "stated" and "value" so that rules never compare with a
 * {@code null}: e.g. {@code CommuneProfile( disadvantagedStated, disadvantaged )}. One instance per evaluation.
 */
public final class CommuneProfile {
    private final CommuneEvaluationRequest request;

    public CommuneProfile(CommuneEvaluationRequest request) {
        this.request = request;
    }

    /** Whether the request says if the commune is in a disadvantaged area ("vùng khó khăn"). */
    public boolean isDisadvantagedStated() {
        return request.commune().disadvantaged() != null;
    }

    /** Stated to be in a disadvantaged area; {@code false} when not stated (check {@link #isDisadvantagedStated()}). */
    public boolean isDisadvantaged() {
        return Boolean.TRUE.equals(request.commune().disadvantaged());
    }

    /**
     * Whether the commune has especially difficult socio-economic conditions (NĐ 20/2014), or {@code null} when not
     * stated; the NĐ 20 computations handle the unstated case themselves.
     */
    public Boolean getEspeciallyDifficult() {
        return request.commune().especiallyDifficult();
    }

    /** Criterion 4 is to be computed from raw NĐ 20/2014 figures rather than read from a recognised status. */
    public boolean isUniversalEducationFromFigures() {
        return request.figures().isPresent();
    }

    /** The raw NĐ 20/2014 figures, or {@code null} when criterion 4 is given as a recognised status or not at all. */
    public UniversalEducationFigures getUniversalEducationFigures() {
        return request.figures().orElse(null);
    }

    @Override
    public String toString() {
        return "CommuneProfile[" + request.commune().unit().code() + ", disadvantaged="
                + request.commune().disadvantaged() + ", especiallyDifficult=" + request.commune().especiallyDifficult()
                + ", figures=" + isUniversalEducationFromFigures() + "]";
    }
}
