package vn.hoctap.model.request;

import java.util.Optional;
import vn.hoctap.model.InvalidInputException;

/**
 * The commune's recognised status on the four standards of NĐ 20/2014/NĐ-CP that TT 25/2023/TT-BGDĐT criterion 4
 * reads (Art. 6.4, 7.4). A standard left {@code null} is not stated: its indicator is "not determined".
 *
 * @param preschool5     universal preschool education for 5-year-olds (NĐ 20 Art. 6): {@code MET} or {@code NOT_MET}
 * @param primary        universal primary education (Art. 9-11): {@code NOT_MET}, {@code LEVEL_1} to {@code LEVEL_3}
 * @param lowerSecondary universal lower-secondary education (Art. 14-16): {@code NOT_MET}, {@code LEVEL_1} to
 *                       {@code LEVEL_3}
 * @param literacy       literacy (Art. 20-21): {@code NOT_MET}, {@code LEVEL_1} or {@code LEVEL_2}
 */
public record RecognisedUniversalEducation(RecognisedStandard preschool5, RecognisedStandard primary,
                                           RecognisedStandard lowerSecondary, RecognisedStandard literacy) {
    public RecognisedUniversalEducation {
        onScale(preschool5, UniversalEducationStandard.PRESCHOOL_5);
        onScale(primary, UniversalEducationStandard.PRIMARY);
        onScale(lowerSecondary, UniversalEducationStandard.LOWER_SECONDARY);
        onScale(literacy, UniversalEducationStandard.LITERACY);
    }

    private static void onScale(RecognisedStandard given, UniversalEducationStandard standard) {
        if (given != null && !standard.has(given.status())) {
            throw new InvalidInputException(standard.jsonName() + ".status", given.status() + " không phải một mức của "
                    + standard.nameVi() + "; dùng một trong " + standard.scale() + " / " + given.status()
                    + " is not a step of " + standard.nameEn() + "; use one of " + standard.scale());
        }
    }

    /** The status stated for {@code standard}, if any. */
    public Optional<RecognisedStandard> get(UniversalEducationStandard standard) {
        return Optional.ofNullable(switch (standard) {
            case PRESCHOOL_5 -> preschool5;
            case PRIMARY -> primary;
            case LOWER_SECONDARY -> lowerSecondary;
            case LITERACY -> literacy;
        });
    }
}
