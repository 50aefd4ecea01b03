package vn.hoctap.rules.khvn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.model.catalogue.ParameterValue;
import vn.hoctap.model.catalogue.Status;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.ClanEvaluationRequest;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.GrassrootsUnitEvaluationRequest;
import vn.hoctap.model.request.HamletEvaluationRequest;
import vn.hoctap.model.request.HouseholdEvaluationRequest;
import vn.hoctap.model.request.HouseholdStatements;
import vn.hoctap.model.request.LearningInability;
import vn.hoctap.model.request.LiteracyLevel;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.MemberLearning;
import vn.hoctap.model.request.TitleCounts;
import vn.hoctap.model.subject.Clan;
import vn.hoctap.model.subject.GrassrootsUnit;
import vn.hoctap.model.subject.HamletCommunity;
import vn.hoctap.model.subject.Household;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;

/**
 * The association's titles under test: the national layer, the illustrative numbers of
 * {@code khvn-example-numbers/parameters.json} as a layer above it (the national layer leaves them unset), and
 * households built member by member.
 */
final class Khvn {
    /** The illustrative numbers a province pack would supply. */
    static final ParameterSet EXAMPLE_NUMBERS = read("/khvn-example-numbers/parameters.json");
    /** National rules only: every evaluation of these titles refuses for want of numbers. */
    static final Evaluator NATIONAL = Evaluator.national();
    /** National rules with the illustrative numbers. */
    static final Evaluator EXAMPLE = Evaluator.builder().add(numbers(EXAMPLE_NUMBERS)).build();

    private Khvn() {
    }

    /** A layer of numbers only: it reuses the national rules (which run once) and adds no criteria. */
    static RulePack numbers(ParameterSet set) {
        return new RulePack(set.layer(), RulePack.khvn().kieBase(), new Catalogue(List.of(), List.of()), set);
    }

    /** The national rules and the example numbers, with {@code overrides} as a further layer on top. */
    static Evaluator example(ParameterDefinition... overrides) {
        return Evaluator.builder().add(numbers(EXAMPLE_NUMBERS))
                .add(numbers(new ParameterSet("test", List.of(overrides)))).build();
    }

    /** A parameter with one value from 2016 on, for every level. */
    static ParameterDefinition parameter(String id, ParameterType type, String value) {
        return new ParameterDefinition(id, type, null, "thử nghiệm " + id, "test " + id,
                List.of(new ParameterValue(null, value, LocalDate.of(2016, 1, 1), null,
                        new Citation("test", null, null, null), Status.UNKNOWN)));
    }

    /** A parameter defined without a value: a layer that means a feature to apply and forgot the number. */
    static ParameterDefinition unset(String id, ParameterType type) {
        return new ParameterDefinition(id, type, null, "thử nghiệm " + id, "test " + id, List.of());
    }

    static ParameterSet read(String resource) {
        try (InputStream in = Khvn.class.getResourceAsStream(resource)) {
            return HoctapJson.read(in, ParameterSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A child at school, through with good results and conduct, honest and active. */
    static MemberLearning goodPupil() {
        return new MemberLearning(true, false, true, true, true, null, null, null);
    }

    /** An adult literate at level 2 who studied a topic this year. */
    static MemberLearning learningAdult() {
        return new MemberLearning(null, null, null, null, null, LiteracyLevel.LEVEL_2, true, null);
    }

    /** A member unable to learn. */
    static MemberLearning unable(LearningInability why) {
        return new MemberLearning(null, null, null, null, null, null, null, why);
    }

    /** Builds a household request member by member; ages are in the evaluation year. */
    static final class HouseholdBuilder {
        private final int year;
        private final List<Person> members = new ArrayList<>();
        private final Map<String, MemberLearning> facts = new LinkedHashMap<>();
        private HouseholdStatements statements = new HouseholdStatements(true, true);
        private Map<String, List<Evidence>> evidence = Map.of();

        HouseholdBuilder(int year) {
            this.year = year;
        }

        /** A member of {@code age} in the evaluation year ({@code null}: year of birth unknown). */
        HouseholdBuilder member(Integer age, MemberLearning learning) {
            return member(age, learning, false);
        }

        /** A member who holds "Công dân học tập" for the evaluation year when {@code learningCitizen}. */
        HouseholdBuilder member(Integer age, MemberLearning learning, boolean learningCitizen) {
            String id = "p" + (members.size() + 1);
            members.add(new Person(id, null, age == null ? null : year - age, null, learningCitizen
                    ? List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, year, null, null)) : List.of()));
            if (learning != null) {
                facts.put(id, learning);
            }
            return this;
        }

        HouseholdBuilder statements(Boolean conditions, Boolean impact) {
            statements = new HouseholdStatements(conditions, impact);
            return this;
        }

        HouseholdBuilder evidence(Map<String, List<Evidence>> evidence) {
            this.evidence = evidence;
            return this;
        }

        HouseholdEvaluationRequest build() {
            return new HouseholdEvaluationRequest(year, null, new Household("HK-" + year, "Nguyễn Văn An", "00127",
                    members, List.of()), facts, statements, Map.of(), evidence);
        }
    }

    static HouseholdBuilder household(int year) {
        return new HouseholdBuilder(year);
    }

    /** A clan of seven households whose statements make the first {@code met} indicators true, the rest false. */
    static ClanEvaluationRequest clan(int met) {
        Map<String, Boolean> attestations = new LinkedHashMap<>();
        for (int n = 1; n <= 7; n++) {
            attestations.put("KHVN.DH.C1." + n, n <= met);
        }
        return new ClanEvaluationRequest(2024, null, new Clan("DH-1", "Họ Nguyễn Văn thôn Đông", List.of(), List.of()),
                new TitleCounts(7, 5), List.of(), attestations, Map.of());
    }

    /** A hamlet with these households and citizens. */
    static HamletEvaluationRequest hamlet(TitleCounts households, TitleCounts citizens) {
        return new HamletEvaluationRequest(2024, null, new HamletCommunity("THON-DONG", "Thôn Đông", "07654", List.of(),
                List.of()), households, List.of(), citizens, List.of(), Map.of(), Map.of());
    }

    /** A grassroots unit of {@code total} members of whom {@code learningCitizen} hold "Công dân học tập". */
    static GrassrootsUnitEvaluationRequest grassroots(int total, Integer learningCitizen) {
        return new GrassrootsUnitEvaluationRequest(2024, null, new GrassrootsUnit("MN-1", "Trường Mầm non xã Tân Lập",
                "07654", OrganisationKind.PRESCHOOL, List.of()),
                new MemberCounts(total, null, null, null, null, null, null, learningCitizen), List.of(), Map.of(),
                Map.of());
    }

    /** Under the 2022 framework with the example numbers, a household that meets both indicators: 100 of 100. */
    static HouseholdBuilder model2024() {
        return household(2024).member(9, goodPupil()).member(38, learningAdult(), true).member(40, learningAdult());
    }

    /**
     * Under the 2016-2020 framework with the example numbers, a household that meets every indicator: two pupils, two
     * learning adults and a grandparent outside every age band; 90 of 90 points, the pass mark is 80.
     */
    static HouseholdBuilder model2019() {
        return household(2019).member(8, goodPupil()).member(14, goodPupil()).member(40, learningAdult())
                .member(42, learningAdult()).member(70, null);
    }
}
