package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;

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

    /** Evidence given for the input. */
    List<Evidence> evidence(Input input);

    /** The JSON path where a statement or level for {@code input} belongs, for the list of missing inputs. */
    String pathOf(Input input);

    /**
     * What the reader must know about the subject itself, added to the assessment's notices (e.g. which
     * self-assessment form a person used); none by default.
     */
    default List<Notice> notices() {
        return List.of();
    }
}
