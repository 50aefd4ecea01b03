package vn.hoctap.rules.engine.text;

import java.time.LocalDate;
import vn.hoctap.model.catalogue.Status;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.rules.engine.LayeredParameters;

/**
 * Which of the statuses an assessment's notices report its indicators carry: an indicator of unknown content
 * ({@code UNKNOWN_CRITERIA}), of probable content ({@code PROBABLE_CRITERIA}), or a requirement whose threshold is an
 * illustrative value ({@code ILLUSTRATIVE_VALUES}). Worked out per criterion, so that a criterion folded once for many
 * subjects is read once, and added up over an assessment's criteria.
 *
 * @param unknown      an indicator's status is {@link Status#UNKNOWN}
 * @param probable     an indicator's status is {@link Status#PROBABLE}
 * @param illustrative a requirement read a parameter whose value in force is {@link Status#ILLUSTRATIVE}
 */
public record IndicatorStatuses(boolean unknown, boolean probable, boolean illustrative) {
    /** The eight possible values, made once: an assessment adds up a few per subject. */
    private static final IndicatorStatuses[] ALL = new IndicatorStatuses[8];

    static {
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new IndicatorStatuses((i & 1) != 0, (i & 2) != 0, (i & 4) != 0);
        }
    }

    /** None of the three: the start of a sum. */
    public static final IndicatorStatuses NONE = ALL[0];

    private static IndicatorStatuses of(boolean unknown, boolean probable, boolean illustrative) {
        return ALL[(unknown ? 1 : 0) | (probable ? 2 : 0) | (illustrative ? 4 : 0)];
    }

    /** The statuses of {@code criterion}'s indicators, with the parameters in force on {@code date}. */
    public static IndicatorStatuses of(CriterionResult criterion, LayeredParameters parameters, LocalDate date) {
        boolean unknown = false;
        boolean probable = false;
        boolean illustrative = false;
        for (IndicatorResult i : criterion.indicators()) {
            unknown |= i.status() == Status.UNKNOWN;
            probable |= i.status() == Status.PROBABLE;
            if (!illustrative) {
                for (Measurement m : i.measurements()) {
                    if (m.parameterId() != null && parameters.require(m.parameterId(), i.level(), date,
                            i.indicatorId()).value().status() == Status.ILLUSTRATIVE) {
                        illustrative = true;
                        break;
                    }
                }
            }
        }
        return of(unknown, probable, illustrative);
    }

    /** Either's statuses: what an assessment of both criteria reports. */
    public IndicatorStatuses plus(IndicatorStatuses other) {
        return of(unknown || other.unknown, probable || other.probable, illustrative || other.illustrative);
    }
}
