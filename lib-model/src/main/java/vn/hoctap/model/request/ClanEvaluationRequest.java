package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.subject.Clan;

/**
 * A request to evaluate one clan for "Dòng họ học tập" for one evaluation year, under the association's 2022
 * framework as a province's set fills it in (criteria.md §8: seven indicators, content UNKNOWN).
 *
 * <p>The clan's households are given either as counts ({@code householdCounts}) or as one standing each
 * ({@code households}, e.g. from their own evaluations: {@link HouseholdStanding#of(vn.hoctap.model.result.Assessment,
 * int)}), never both. When the clan lists its households' ids, the standings must be exactly those households.
 *
 * @param evaluationYear  the calendar year evaluated
 * @param referenceDate   the date whose rules apply; {@code null} means 31 December of the evaluation year
 * @param clan            the clan
 * @param householdCounts how many households the clan has and how many hold "Gia đình học tập", or {@code null}
 * @param households      each household's standing, or empty
 * @param attestations    statements keyed by indicator id ({@link IndicatorAttestation})
 * @param evidence        evidence by input name ({@link ClanInput#jsonName()}) or attested indicator id
 */
public record ClanEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, Clan clan,
                                    TitleCounts householdCounts, List<HouseholdStanding> households,
                                    Map<String, Boolean> attestations, Map<String, List<Evidence>> evidence) implements EvaluationRequest {
    public ClanEvaluationRequest {
        AssociationRequestChecks.yearAndDate(evaluationYear, referenceDate);
        required(clan, "clan");
        households = AssociationRequestChecks.households(householdCounts, households, clan.householdIds(), "clan.householdIds");
        attestations = AssociationRequestChecks.attestations(attestations);
        evidence = AssociationRequestChecks.evidence(evidence, n -> ClanInput.fromJsonName(n).isPresent(),
                Arrays.stream(ClanInput.values()).map(ClanInput::jsonName).toList(), attestations);
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

    /** Evidence given under {@code key}: an input's JSON name or an attested indicator's id. */
    public List<Evidence> evidenceFor(String key) {
        return evidence.getOrDefault(key, List.of());
    }
}
