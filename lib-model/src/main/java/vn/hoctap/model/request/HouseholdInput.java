package vn.hoctap.model.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Title;

/**
 * Every input a "Gia đình học tập" rule can read: the household's two statements, and shares counted over its members
 * from their {@link MemberLearning} facts. Which members a share counts (an age band) is the rule's choice, through
 * parameters; members unable to learn are left out of every share.
 */
public enum HouseholdInput implements Input {
    LEARNING_CONDITIONS("learningConditions", "gia đình có điều kiện học tập theo bộ tiêu chí",
            "the household has the learning conditions the set asks for"),
    LEARNING_IMPACT("learningImpact", "học tập tác động tích cực đến đời sống gia đình theo bộ tiêu chí",
            "learning improves the household's life as the set asks"),
    CHILDREN_AT_SCHOOL_OR_COMPLETED("children.atSchoolOrCompleted", Population.CHILDREN, true,
            "đang đi học đúng độ tuổi hoặc đã hoàn thành phổ cập giáo dục",
            "are at school at the right age or have completed universal education",
            Fact.AT_SCHOOL_AT_RIGHT_AGE, Fact.COMPLETED_UNIVERSAL_EDUCATION),
    CHILDREN_AT_SCHOOL("children.atSchoolAtRightAge", Population.CHILDREN, false,
            "đi học đúng độ tuổi", "are at school at the right age", Fact.AT_SCHOOL_AT_RIGHT_AGE),
    PUPILS_RESULTS_AND_CONDUCT("pupils.resultsAndConduct", Population.PUPILS, false,
            "có học lực từ trung bình và hạnh kiểm từ khá trở lên",
            "have average or better results and conduct graded 'khá' or better",
            Fact.RESULTS_AT_LEAST_AVERAGE, Fact.CONDUCT_AT_LEAST_GOOD),
    CHILDREN_HONEST_POLITE_ACTIVE("children.honestPoliteAndActive", Population.CHILDREN, false,
            "trung thực, lễ phép và tham gia hoạt động ở địa phương",
            "are honest and polite and take part in local activities", Fact.HONEST_POLITE_AND_ACTIVE),
    ADULTS_LITERATE("adults.literate", Population.ADULTS, false,
            "biết chữ từ mức độ 1 trở lên", "are literate at level 1 or above", Fact.LITERATE),
    ADULTS_STUDIED_TOPIC("adults.studiedTopic", Population.ADULTS, false,
            "học ít nhất một chuyên đề trong năm", "studied at least one topic during the year",
            Fact.STUDIED_TOPIC_THIS_YEAR),
    ADULTS_LEARNING_CITIZEN("adults.learningCitizen", Population.ADULTS, false,
            "đạt danh hiệu “Công dân học tập” năm đánh giá", "hold the title 'Learning citizen' for the year");

    /** Whom a share counts, before the rule's age band and the exclusion of members unable to learn. */
    public enum Population {
        /** Children ("trẻ em", "con em"). */
        CHILDREN("trẻ em", "children"),
        /** Children at school ({@link MemberLearning#atSchoolAtRightAge()}): results and conduct are graded for them only. */
        PUPILS("học sinh", "pupils"),
        /** Adults ("người lớn"). */
        ADULTS("người lớn", "adults");

        private final String nameVi;
        private final String nameEn;

        Population(String nameVi, String nameEn) {
            this.nameVi = nameVi;
            this.nameEn = nameEn;
        }
    }

    /** A member fact a share reads, with its JSON name in {@link MemberLearning}. */
    private enum Fact {
        AT_SCHOOL_AT_RIGHT_AGE("atSchoolAtRightAge", MemberLearning::atSchoolAtRightAge),
        COMPLETED_UNIVERSAL_EDUCATION("completedUniversalEducation", MemberLearning::completedUniversalEducation),
        RESULTS_AT_LEAST_AVERAGE("resultsAtLeastAverage", MemberLearning::resultsAtLeastAverage),
        CONDUCT_AT_LEAST_GOOD("conductAtLeastGood", MemberLearning::conductAtLeastGood),
        HONEST_POLITE_AND_ACTIVE("honestPoliteAndActive", MemberLearning::honestPoliteAndActive),
        LITERATE("literacy", m -> m.literacy() == null ? null : m.literacy().atLeast(LiteracyLevel.LEVEL_1)),
        STUDIED_TOPIC_THIS_YEAR("studiedTopicThisYear", MemberLearning::studiedTopicThisYear);

        private final String jsonName;
        private final Function<MemberLearning, Boolean> value;

        Fact(String jsonName, Function<MemberLearning, Boolean> value) {
            this.jsonName = jsonName;
            this.value = value;
        }
    }

    private static final Map<String, HouseholdInput> BY_JSON_NAME = Inputs.byJsonName(values());

    private final String jsonName;
    private final Population population;
    /** Whether one of the facts suffices (at school, or through universal education) rather than all of them. */
    private final boolean anyFact;
    private final String attributeVi;
    private final String attributeEn;
    private final List<Fact> facts;
    private final String descriptionVi;
    private final String descriptionEn;

    HouseholdInput(String jsonName, String descriptionVi, String descriptionEn) {
        this.jsonName = jsonName;
        this.population = null;
        this.anyFact = false;
        this.attributeVi = null;
        this.attributeEn = null;
        this.facts = List.of();
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
    }

    HouseholdInput(String jsonName, Population population, boolean anyFact, String attributeVi, String attributeEn,
                   Fact... facts) {
        this.jsonName = jsonName;
        this.population = population;
        this.anyFact = anyFact;
        this.attributeVi = attributeVi;
        this.attributeEn = attributeEn;
        this.facts = List.of(facts);
        this.descriptionVi = population.nameVi + " " + attributeVi;
        this.descriptionEn = population.nameEn + " who " + attributeEn;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    @Override
    public Measure measure() {
        return population == null ? Measure.STATEMENT : Measure.SHARE;
    }

    @Override
    public String descriptionVi() {
        return descriptionVi;
    }

    @Override
    public String descriptionEn() {
        return descriptionEn;
    }

    @Override
    public String populationVi() {
        return population().nameVi;
    }

    @Override
    public String populationEn() {
        return population().nameEn;
    }

    @Override
    public String attributeVi() {
        population();
        return attributeVi;
    }

    @Override
    public String attributeEn() {
        population();
        return attributeEn;
    }

    /** For shares, whom it counts. */
    public Population population() {
        if (population == null) {
            throw new UnsupportedOperationException(jsonName + " is not a share");
        }
        return population;
    }

    /**
     * For shares, whether {@code member} (with {@code facts}, or {@code null} when none are given) has what this input
     * counts in {@code year}; empty when a fact it needs is not stated.
     */
    public Optional<Boolean> has(Person member, MemberLearning facts, int year) {
        population();
        if (this == ADULTS_LEARNING_CITIZEN) {
            return Optional.of(member.holds(Title.LEARNING_CITIZEN, year));
        }
        boolean unknown = false;
        for (Fact f : this.facts) {
            Boolean v = facts == null ? null : f.value.apply(facts);
            if (v == null) {
                unknown = true;
            } else if (v == anyFact) {
                // one true fact settles an "any" input, one false fact an "all" input
                return Optional.of(v);
            }
        }
        return unknown ? Optional.empty() : Optional.of(!anyFact);
    }

    /** For shares, the JSON names of the facts {@link #has} needs that {@code facts} leaves unstated. */
    public List<String> unstatedFacts(MemberLearning facts) {
        population();
        List<String> names = new ArrayList<>();
        for (Fact f : this.facts) {
            if (facts == null || f.value.apply(facts) == null) {
                names.add(f.jsonName);
            }
        }
        return names;
    }

    /** The input named {@code jsonName} in a request, if any. */
    public static Optional<HouseholdInput> fromJsonName(String jsonName) {
        return Optional.ofNullable(BY_JSON_NAME.get(jsonName));
    }
}
