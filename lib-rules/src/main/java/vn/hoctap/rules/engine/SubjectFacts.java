package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.subject.UnitFacts;
import vn.hoctap.rules.engine.text.Notices;

/**
 * A subject under evaluation as the engine reads it, whatever its title: who it is, which scheme applies, the
 * facts rules match on, and the value of every {@link Input} its rules may ask for. Each kind of request has one
 * adapter ({@link UnitFacts} for "Đơn vị học tập"); the engine, the checks and the fold are shared by all.
 */
public interface SubjectFacts {
    String subjectId();

    String subjectName();

    /** The calendar year evaluated. */
    int evaluationYear();

    /** The date whose rules apply. */
    LocalDate referenceDate();

    /** The title asked for. */
    Title title();

    /** The tier that awards it. */
    AdministrativeTier tier();

    /** Earlier recognition decisions, for the waiting period and validity. */
    List<Recognition> recognitions();

    /** The facts rules match on to decide applicability (e.g. a {@link UnitProfile}). */
    List<Object> profileFacts();

    /** A yes/no statement, if given. */
    Optional<Boolean> statement(Input input);

    /** A share's numerator and denominator, or the JSON paths that would supply them. */
    Share share(Input input);

    /** A level on the input's scale, if given. */
    Optional<ScaleLevel> level(Input input);

    /**
     * The points the subject scores on a {@link Input.Measure#SCORE} input, if given. Only subjects of points schemes
     * have scores.
     */
    default Optional<BigDecimal> score(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is not a scored input of " + subjectId());
    }

    /**
     * A share counted over the subject's own members, leaving out those its criteria exclude (a household's children
     * or adults unable to learn) and, when {@code ages} is given, those whose age in the evaluation year lies outside
     * it. Only subjects of the association's titles count this way; {@code ages} only where members are people.
     */
    default CountedShare countedShare(Input input, AgeBand ages) {
        throw new IllegalArgumentException(input.jsonName() + " is not a counted share of " + subjectId());
    }

    /** Evidence given for the input. */
    List<Evidence> evidence(Input input);

    /** The JSON path where a statement or level for {@code input} belongs, for the list of missing inputs. */
    String pathOf(Input input);

    /**
     * A count ({@link Input.Measure#COUNT}), if given. Subjects whose inputs include counts override this; the
     * default refuses, as a rule asking for a count this subject does not have is a rule-pack error.
     */
    default Optional<Integer> count(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is not a count input of " + title() + " " + tier());
    }

    /**
     * The figures for the year before and the evaluation year ({@link Input.Measure#YEAR_ON_YEAR}), if given; either
     * figure may still be missing. The default refuses, like {@link #count}.
     */
    default Optional<YearOnYear> yearOnYear(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is not a year-on-year input of " + title() + " "
                + tier());
    }

    /**
     * Notices that this kind of subject's data call for, beyond those every assessment of the scheme carries (e.g.
     * that a count of units of an abolished tier was judged, or which self-assessment form a person used); none by
     * default.
     *
     * @param levels the judged levels, so that a notice can depend on which indicators read which inputs
     */
    default List<Notice> notices(Scheme scheme, List<LevelResult> levels) {
        return List.of();
    }
}
