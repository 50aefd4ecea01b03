package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.unique;
import static vn.hoctap.model.Checks.validatedList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.HamletCommunity;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Title;

/**
 * A request to evaluate one hamlet, village or residential group for "Cộng đồng học tập" cấp thôn for one evaluation
 * year, under the association's framework as a province's set fills it in (criteria.md §8, content UNKNOWN).
 *
 * <p>Households come as counts ({@code householdCounts}) or one standing each ({@code households}), never both, as in
 * {@link ClanEvaluationRequest}. Citizens come as counts ({@code citizenCounts}) or as persons ({@code citizens}), never
 * both; a person holds "Công dân học tập" when awarded it for the evaluation year ({@link Person#holds}).
 *
 * @param evaluationYear  the calendar year evaluated
 * @param referenceDate   the date whose rules apply; {@code null} means 31 December of the evaluation year
 * @param hamlet          the hamlet
 * @param householdCounts how many households there are and hold "Gia đình học tập", or {@code null}
 * @param households      each household's standing, or empty
 * @param citizenCounts   how many citizens the hamlet counts and hold "Công dân học tập", or {@code null}
 * @param citizens        the citizens counted, with their recognitions, or empty
 * @param attestations    statements keyed by indicator id ({@link IndicatorAttestation})
 * @param evidence        evidence by input name ({@link HamletInput#jsonName()}) or attested indicator id
 */
public record HamletEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, HamletCommunity hamlet,
                                      TitleCounts householdCounts, List<HouseholdStanding> households,
                                      TitleCounts citizenCounts, List<Person> citizens,
                                      Map<String, Boolean> attestations, Map<String, List<Evidence>> evidence) implements EvaluationRequest {
    public HamletEvaluationRequest {
        AssociationRequestChecks.yearAndDate(evaluationYear, referenceDate);
        required(hamlet, "hamlet");
        households = AssociationRequestChecks.households(householdCounts, households, hamlet.householdIds(),
                "hamlet.householdIds");
        citizens = validatedList(citizens, "citizens", p -> p);
        unique(citizens, Person::id, "citizens", "id", "citizen id");
        if (citizenCounts != null && !citizens.isEmpty()) {
            throw new InvalidInputException("citizens",
                    "chỉ cho một trong hai: citizenCounts hoặc citizens / give citizenCounts or citizens, not both");
        }
        attestations = AssociationRequestChecks.attestations(attestations);
        evidence = AssociationRequestChecks.evidence(evidence, n -> HamletInput.fromJsonName(n).isPresent(),
                Arrays.stream(HamletInput.values()).map(HamletInput::jsonName).toList(), attestations);
    }

    /** The date whose rules apply: the reference date if given, else 31 December of the evaluation year. */
    public LocalDate effectiveReferenceDate() {
        return referenceDate != null ? referenceDate : LocalDate.of(evaluationYear, 12, 31);
    }

    /** How many households there are and hold "Gia đình học tập", if the request tells ({@link #householdsMissing}). */
    public Optional<TitleCounts> householdTally() {
        return Optional.ofNullable(AssociationRequestChecks.householdTally(householdCounts, households));
    }

    /** JSON paths that would complete {@link #householdTally()}; empty when it is complete. */
    public List<String> householdsMissing() {
        return AssociationRequestChecks.householdsMissing(householdCounts, households);
    }

    /** How many citizens there are and hold "Công dân học tập" for the evaluation year, if the request tells. */
    public Optional<TitleCounts> citizenTally() {
        return citizenTally(p -> false);
    }

    /**
     * {@link #citizenTally()}, a citizen whose award of this year is not recorded counted as holding the title too
     * when {@code keeps} accepts them (an earlier award still kept for the year); counts given as numbers are the
     * caller's own and are returned as given.
     *
     * @param keeps which citizens hold an earlier award still kept for the evaluation year
     */
    public Optional<TitleCounts> citizenTally(Predicate<Person> keeps) {
        Objects.requireNonNull(keeps, "keeps");
        if (citizenCounts != null) {
            return Optional.of(citizenCounts);
        }
        if (citizens.isEmpty()) {
            return Optional.empty();
        }
        int holding = (int) citizens.stream()
                .filter(p -> p.holds(Title.LEARNING_CITIZEN, evaluationYear) || keeps.test(p)).count();
        return Optional.of(new TitleCounts(citizens.size(), holding));
    }

    /** JSON paths that would complete {@link #citizenTally()}; empty when it is complete. */
    public List<String> citizensMissing() {
        List<String> paths = new ArrayList<>();
        if (citizenCounts != null) {
            if (citizenCounts.holding() == null) {
                paths.add("$.citizenCounts.holding");
            }
        } else if (citizens.isEmpty()) {
            paths.add("$.citizens");
        }
        return paths;
    }

    /** Evidence given under {@code key}: an input's JSON name or an attested indicator's id. */
    public List<Evidence> evidenceFor(String key) {
        return evidence.getOrDefault(key, List.of());
    }
}
