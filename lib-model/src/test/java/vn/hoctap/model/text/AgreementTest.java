package vn.hoctap.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.ClanInput;
import vn.hoctap.model.request.CommuneInput;
import vn.hoctap.model.request.DistrictInput;
import vn.hoctap.model.request.GrassrootsUnitInput;
import vn.hoctap.model.request.HamletInput;
import vn.hoctap.model.request.HouseholdInput;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ProvinceInput;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.rollup.KeptRecognitions;
import vn.hoctap.model.subject.Level;

class AgreementTest {
    @Test
    void exactlyOneIsSingularAndZeroIsPlural() {
        assertEquals("are", Agreement.en(0, "is", "are"));
        assertEquals("is", Agreement.en(1, "is", "are"));
        assertEquals("are", Agreement.en(2, "is", "are"));
        assertEquals("0 records", Agreement.countEn(0, "record", "records"));
        assertEquals("1 record", Agreement.countEn(1, "record", "records"));
        assertEquals("2 records", Agreement.countEn(2, "record", "records"));
        assertEquals("1,212 records", Agreement.countEn(1212, "record", "records"));
    }

    @Test
    void aPredicateAgreesAtItsHeadAndAfterAndOrOr() {
        String p = "are at school at the right age or have completed universal education";
        assertEquals(p, Agreement.predicateEn(0, p));
        assertEquals("is at school at the right age or has completed universal education", Agreement.predicateEn(1, p));
        assertEquals(p, Agreement.predicateEn(2, p));
        assertEquals("keeps labour discipline and cooperates", Agreement.predicateEn(1,
                "keep labour discipline and cooperate"));
        assertEquals("is honest and polite and takes part in local activities", Agreement.predicateEn(1,
                "are honest and polite and take part in local activities"));
        assertEquals("completed the required study and training programmes", Agreement.predicateEn(1,
                "completed the required study and training programmes"), "a past tense and a noun after 'and'");
        assertEquals("holds a foreign- or ethnic-language certificate", Agreement.predicateEn(1,
                "hold a foreign- or ethnic-language certificate"));
    }

    /** A kept recognition counts at least one unit (its record refuses none), so its sentence has 1 and 2. */
    @Test
    void theKeptRecognitionsSentenceAgrees() {
        LocalDate until = LocalDate.of(2027, 12, 31);
        assertEquals("1 of the 3 communes holds level 1 from 2024, kept until 2027-12-31 (07654)",
                new KeptRecognitions(List.of("07654"), 3, Level.LEVEL_1, 2024, until).sentenceEn("communes"));
        assertEquals("2 of the 3 communes hold level 1 from 2024, kept until 2027-12-31 (07654, 07655)",
                new KeptRecognitions(List.of("07654", "07655"), 3, Level.LEVEL_1, 2024, until).sentenceEn("communes"));
    }

    /** Every share predicate of the library starts with a verb the table knows or a past tense. */
    @Test
    void everySharePredicateOfTheLibraryHasASingular() {
        Set<String> singularHeads = Set.of("is", "was", "has", "holds", "keeps", "takes", "does");
        List<String> predicates = new ArrayList<>();
        Stream.of(UnitInput.values(), CommuneInput.values(), DistrictInput.values(), ProvinceInput.values(),
                HouseholdInput.values(), ClanInput.values(), HamletInput.values(), GrassrootsUnitInput.values(),
                CitizenInput.values()).flatMap(Stream::of).forEach(i -> share(i, predicates));
        assertTrue(predicates.size() > 10, predicates.toString());
        for (String p : predicates) {
            String head = Agreement.predicateEn(1, p).split(" ")[0];
            assertTrue(singularHeads.contains(head) || head.endsWith("ed"), "no singular for: " + p);
            assertEquals(p, Agreement.predicateEn(2, p));
        }
    }

    private static void share(Input input, List<String> predicates) {
        try {
            String p = input.attributeEn();
            if (p != null) {
                predicates.add(p);
            }
        } catch (UnsupportedOperationException notAShare) {
            // attestations, counts and scores have no predicate
        }
    }
}
