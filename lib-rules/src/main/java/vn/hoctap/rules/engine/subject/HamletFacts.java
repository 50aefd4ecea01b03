package vn.hoctap.rules.engine.subject;

import java.util.function.Predicate;
import vn.hoctap.model.request.HamletEvaluationRequest;
import vn.hoctap.model.request.HamletInput;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.CountedShare;
import vn.hoctap.rules.engine.AgeBand;

/**
 * A "Cộng đồng học tập" cấp thôn request as the engine reads it: the title at {@link AdministrativeTier#HAMLET}, so
 * that it is never mistaken for the commune's title of TT 25/2023. Its shares count the hamlet's households holding
 * "Gia đình học tập" and its citizens holding "Công dân học tập".
 */
public final class HamletFacts extends AssociationFacts {
    private final HamletEvaluationRequest request;
    private final Predicate<Person> keeps;

    /** The facts of {@code request}, citizens counted by the awards recorded for its year only. */
    public HamletFacts(HamletEvaluationRequest request) {
        this(request, p -> false);
    }

    /**
     * The facts of {@code request}, a citizen counted as holding "Công dân học tập" also when {@code keeps} says an
     * earlier award is still kept for the year.
     *
     * @param request the hamlet
     * @param keeps   which citizens hold an earlier award still kept
     */
    public HamletFacts(HamletEvaluationRequest request, Predicate<Person> keeps) {
        super(request.hamlet().id(), request.hamlet().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_COMMUNITY, AdministrativeTier.HAMLET, request.hamlet().recognitions(),
                "hamlet", "the hamlet's households or citizens", request.attestations(), request::evidenceFor);
        this.request = request;
        this.keeps = keeps;
    }

    @Override
    public CountedShare countedShare(Input input, AgeBand ages) {
        noAges(input, ages);
        return CountedShare.of(switch (hamletInput(input)) {
            case HOUSEHOLDS_LEARNING_FAMILY -> share(request.householdTally(),
                    request.householdsMissing());
            case CITIZENS_LEARNING_CITIZEN -> share(request.citizenTally(keeps), request.citizensMissing());
        });
    }

    @Override
    Input ownInput(Input input) {
        return hamletInput(input);
    }

    @Override
    String pathOfOwn(Input own) {
        return own == HamletInput.HOUSEHOLDS_LEARNING_FAMILY ? "$.households" : "$.citizens";
    }

    private static HamletInput hamletInput(Input input) {
        return own(input, HamletInput.class, "hamlet");
    }
}
