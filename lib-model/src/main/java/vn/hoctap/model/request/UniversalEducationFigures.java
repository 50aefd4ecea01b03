package vn.hoctap.model.request;

/**
 * The raw figures of Nghị định 20/2014/NĐ-CP from which the library computes the level a commune reaches on each
 * standard, instead of reading a recognised status ({@link RecognisedUniversalEducation}). Only the figures the
 * decree's articles for communes name are asked for. A group left {@code null} is not known: the indicators that
 * need it are "not determined". Which thresholds and age bands apply depends on
 * {@link vn.hoctap.model.subject.Commune#especiallyDifficult()}.
 *
 * @param preschool5     Art. 6.2
 * @param primary        Art. 9.2, 10.1, 11.1
 * @param lowerSecondary Art. 14.2, 15.1, 16.1
 * @param literacy       Art. 20.1, 21.1
 */
public record UniversalEducationFigures(PreschoolFigures preschool5, PrimaryFigures primary,
                                        LowerSecondaryFigures lowerSecondary, LiteracyFigures literacy) {
}
