package vn.hoctap.rules.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.KeptLearningCitizens;
import vn.hoctap.model.rollup.OrganisationResult;
import vn.hoctap.model.rollup.OrganisationTree;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.ProvincePack;
import vn.hoctap.rules.stream.ProvinceStream;
import vn.hoctap.rules.stream.Sourced;
import vn.hoctap.rules.stream.StreamResult;
import vn.hoctap.rules.stream.StreamSink;

/**
 * A "Công dân học tập" award of 2025 counted for 2026 when a pack keeps the title longer than the year awarded: the
 * illustrative tinh-giu-cdht pack sets {@code CDHT.RETENTION_YEARS} to 2 from 2025; nationally it is 0.
 */
class KeptLearningCitizenRollUpTest {
    private static final int YEAR = 2026;
    private static final Evaluator NATIONAL = Evaluator.national();
    private static final Evaluator PACKED = withPack();

    private static Evaluator withPack() {
        try {
            return Evaluator.builder().add(ProvincePack.fromDirectory(Path.of(KeptLearningCitizenRollUpTest.class
                    .getResource("/cases/province-pack/tinh-giu-cdht").toURI()))).build();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A person of 2026 scoring {@code each} on every indicator, awarded the title for 2025 when {@code kept2025}. */
    private static CitizenEvaluationRequest person(String id, int each, boolean kept2025) {
        Map<CitizenInput, BigDecimal> scores = new EnumMap<>(CitizenInput.class);
        for (CitizenInput i : CitizenInput.values()) {
            scores.put(i, BigDecimal.valueOf(each));
        }
        List<Recognition> awards = kept2025
                ? List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, 2025, null, null)) : List.of();
        return new CitizenEvaluationRequest(YEAR, null, new Person(id, null, 1980, null, awards),
                CitizenScores.of(scores), Qualification.UNIVERSITY_OR_HIGHER);
    }

    private static CommuneEvaluationRequest commune() {
        return commune("07654");
    }

    private static CommuneEvaluationRequest commune(String code) {
        try (InputStream in = KeptLearningCitizenRollUpTest.class.getResourceAsStream(
                "/cases/tt25-xa/20-danh-gia-nam-2026-so-gddt-quyet-dinh.json")) {
            ObjectNode r = (ObjectNode) HoctapJson.mapper().readTree(in).get("request");
            r.remove("citizens"); // counted from the people
            ((ObjectNode) r.get("commune").get("unit")).put("code", code);
            return HoctapJson.mapper().convertValue(r, CommuneEvaluationRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Five people: two earn the title in 2026, two fail it but hold a 2025 award, one fails it with none. */
    private static List<CitizenEvaluationRequest> people(String prefix) {
        return List.of(person(prefix + "0", 9, false), person(prefix + "1", 9, true), person(prefix + "2", 4, true),
                person(prefix + "3", 4, true), person(prefix + "4", 4, false));
    }

    private static CommuneTree tree() {
        Organisation unit = new Organisation("UBND-07654", "Ủy ban nhân dân xã Tân Lập",
                OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, Ownership.PUBLIC, null, AdministrativeTier.DISTRICT,
                "07654");
        List<CitizenEvaluationRequest> members = people("m");
        List<UnitMember> records = new ArrayList<>();
        members.forEach(m -> records.add(new UnitMember(m.person().id(), true, true, true, true, true, true, null)));
        UnitEvaluationRequest request = new UnitEvaluationRequest(YEAR, null, unit, null, records, null, null, null,
                Map.of(), List.of());
        return new CommuneTree(commune(), people("p"), List.of(new OrganisationTree(request, members)));
    }

    @Test
    void nationallyA2025AwardDoesNotCountFor2026() {
        CommuneResult r = NATIONAL.rollUp(tree());
        assertEquals(2, r.tally().holdingTitle());
        assertNull(r.kept());
        OrganisationResult o = r.organisations().get(0);
        assertEquals(2, o.members().holdingTitle());
        assertNull(o.kept());
        assertTrue(o.assessment().notices().stream().noneMatch(n -> n.code().equals("KEPT_LEARNING_CITIZEN")));
    }

    @Test
    void withThePackA2025AwardKeptThrough2027CountsFor2026() {
        CommuneResult r = PACKED.rollUp(tree());
        assertEquals(new CitizenTally(5, 4, 1, 0, 5, 5, 0, 2), r.tally(), "the two kept awards count, not the third");
        assertEquals(4, r.citizens().learningCitizen());
        // Nobody whose own result already grants the title is counted as kept.
        assertEquals(new KeptLearningCitizens(2, 5, List.of(2025), LocalDate.of(2027, 12, 31)), r.kept());
        assertEquals("2 trong 5 công dân giữ danh hiệu từ năm 2025, còn hiệu lực đến 31/12/2027",
                r.kept().sentenceVi("công dân"));
        assertEquals("2 of the 5 members hold it from 2025, kept until 31/12/2027",
                r.kept().sentenceEn("members"));
        OrganisationResult o = r.organisations().get(0);
        assertEquals(4, o.members().holdingTitle());
        assertEquals(2, o.kept().count());
        // The unit's member records read the kept awards: 4 of the 5 members hold the title.
        var c31 = o.assessment().indicator("TT24.H.C3.1", Level.LEVEL_1).orElseThrow();
        assertTrue(c31.explanationVi().contains("4/5"), c31.explanationVi());
        // The unit's assessment says how many were kept, naming no member.
        var notice = o.assessment().notices().stream().filter(n -> n.code().equals("KEPT_LEARNING_CITIZEN"))
                .findFirst().orElseThrow();
        assertTrue(notice.textVi().startsWith("2 trong 5 thành viên giữ danh hiệu từ năm 2025, còn hiệu lực đến"
                + " 31/12/2027"), notice.textVi());
        assertTrue(notice.textEn().startsWith("2 of the 5 members hold it from 2025, kept until 31/12/2027"),
                notice.textEn());
        assertTrue(!notice.textVi().contains("m2") && !notice.textEn().contains("m3"), "no member id is shown");
        // The commune equals evaluating it alone on those counts.
        assertEquals(HoctapJson.write(PACKED.evaluate(commune().withCitizens(r.citizens()))),
                HoctapJson.write(r.assessment()));
    }

    /** The province stream, given the same people one at a time, counts the kept awards as the roll-up does. */
    @Test
    void theStreamCountsKeptAwardsAsTheRollUpDoes() throws IOException {
        ProvinceEvaluationRequest province;
        try (InputStream in = KeptLearningCitizenRollUpTest.class.getResourceAsStream(
                "/cases/tt25-tinh/24-danh-gia-nam-2026-khong-con-huyen.json")) {
            province = HoctapJson.mapper().convertValue(HoctapJson.mapper().readTree(in).get("request"),
                    ProvinceEvaluationRequest.class);
        }
        List<CommuneTree> communes = List.of(new CommuneTree(commune("07654"), people("a"), List.of()),
                new CommuneTree(commune("07655"), people("b").subList(2, 5), List.of()));
        ProvinceTree tree = new ProvinceTree(province, List.of(), communes);
        ProvinceTree skeleton = new ProvinceTree(province, List.of(), communes.stream()
                .map(c -> new CommuneTree(c.commune(), List.of(), List.of())).toList());
        List<Sourced> source = new ArrayList<>();
        for (CommuneTree c : communes) {
            c.people().forEach(p -> source.add(Sourced.of("#" + source.size(), c.code(), p)));
        }
        ProvinceResult rolled = PACKED.rollUp(tree);
        StreamResult streamed = ProvinceStream.of(PACKED).threads(1).run(skeleton, source.iterator(),
                new StreamSink() {
                    @Override
                    public void assessed(Sourced subject, Assessment assessment) {
                    }

                    @Override
                    public void refused(Sourced subject, InvalidInputException error) {
                        throw new AssertionError(subject.position() + ": " + error.getMessage());
                    }
                });
        assertEquals(new CitizenTally(3, 2, 1, 0, 3, 3, 0, 2), rolled.communeResults().get(1).tally(),
                "two of the three hold a kept award");
        assertEquals(2, rolled.communeResults().get(1).kept().count());
        assertEquals(2, rolled.communeResults().get(1).citizens().learningCitizenKept());
        assertTrue(rolled.communeResults().get(1).assessment().notices().stream().anyMatch(n ->
                n.code().equals("KEPT_LEARNING_CITIZEN") && n.textEn().startsWith("2 of the 2 citizens counted")),
                () -> rolled.communeResults().get(1).assessment().notices().toString());
        for (int c = 0; c < communes.size(); c++) {
            CommuneResult e = rolled.communeResults().get(c);
            CommuneResult a = streamed.province().communeResults().get(c);
            assertEquals(e.tally(), a.tally(), "tally of commune " + c);
            assertEquals(e.citizens(), a.citizens());
            assertEquals(e.kept(), a.kept(), "kept awards of commune " + c);
            assertEquals(e.assessment(), a.assessment(), "commune " + c);
        }
        assertEquals(rolled.communes(), streamed.province().communes());
        assertEquals(rolled.assessment(), streamed.province().assessment());
    }
}
