package vn.hoctap.rules.engine.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.JsonPaths;
import vn.hoctap.model.Names;
import vn.hoctap.model.request.HouseholdEvaluationRequest;
import vn.hoctap.model.request.HouseholdInput;
import vn.hoctap.model.request.IndicatorAttestation;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.MemberLearning;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.CountedShare;
import vn.hoctap.rules.engine.Share;
import vn.hoctap.rules.engine.AgeBand;

/**
 * A "Gia đình học tập" request as the engine reads it. The title is awarded at commune level (the commune's
 * association and People's Committee recognise households; criteria.md §8 names no other tier). Shares are counted
 * over the household's members: those unable to learn are left out, and members whose age cannot be told, or whose
 * fact is not stated, leave the share undetermined, named by JSON path.
 */
public final class HouseholdFacts extends AssociationFacts {
    private final HouseholdEvaluationRequest request;

    public HouseholdFacts(HouseholdEvaluationRequest request) {
        super(request.household().id(),
                "Hộ " + (request.household().headName() != null ? request.household().headName()
                        : request.household().id()),
                request.evaluationYear(), request.effectiveReferenceDate(), Title.LEARNING_FAMILY,
                AdministrativeTier.COMMUNE, request.household().recognitions(),
                "household", "the household's members", request.attestations(), request::evidenceFor);
        this.request = request;
    }

    @Override
    public Optional<Boolean> statement(Input input) {
        if (input instanceof IndicatorAttestation) {
            return attested(input, request.attestations());
        }
        return request.statements().get(householdInput(input));
    }

    @Override
    public CountedShare countedShare(Input input, AgeBand ages) {
        HouseholdInput in = householdInput(input);
        int year = request.evaluationYear();
        List<Person> members = request.household().members();
        List<Names> excluded = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int counted = 0;
        int having = 0;
        for (int i = 0; i < members.size(); i++) {
            Person p = members.get(i);
            MemberLearning facts = request.memberFacts().get(p.id());
            boolean inBand = ages == null || p.birthYear() == null || ages.contains(p.birthYear(), year);
            if (facts != null && facts.unableToLearn() != null) {
                // Left out whatever else is known of them; one whose age is unknown is left out too, as they could
                // not be counted either way.
                if (inBand) {
                    excluded.add(facts.unableToLearn().names());
                }
                continue;
            }
            if (ages != null && p.birthYear() == null) {
                missing.add("$.household.members[" + i + "].birthYear");
                continue;
            }
            if (!inBand) {
                continue;
            }
            String at = JsonPaths.member("$.memberFacts", p.id()) + ".";
            if (in.population() == HouseholdInput.Population.PUPILS) {
                Boolean atSchool = facts == null ? null : facts.atSchoolAtRightAge();
                if (atSchool == null) {
                    missing.add(at + "atSchoolAtRightAge");
                    continue;
                }
                if (!atSchool) {
                    continue;
                }
            }
            Optional<Boolean> has = in.has(p, facts, year);
            if (has.isEmpty()) {
                in.unstatedFacts(facts).forEach(f -> missing.add(at + f));
                continue;
            }
            counted++;
            having += has.get() ? 1 : 0;
        }
        return new CountedShare(missing.isEmpty() ? Share.of(having, counted) : Share.missing(missing), excluded);
    }

    @Override
    Input ownInput(Input input) {
        return householdInput(input);
    }

    @Override
    String pathOfOwn(Input own) {
        return own.measure() == Input.Measure.STATEMENT ? "$.statements." + own.jsonName() : "$.memberFacts";
    }

    private static HouseholdInput householdInput(Input input) {
        return own(input, HouseholdInput.class, "household");
    }
}
