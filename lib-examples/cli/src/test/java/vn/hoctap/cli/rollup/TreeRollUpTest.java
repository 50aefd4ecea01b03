package vn.hoctap.cli.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.cli.Cli;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.RequestEnvelope;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.RequestKind;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.OrganisationTree;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.rules.Evaluator;

/** The command line's roll-up gives what the library's own roll-up gives for the same tree. */
class TreeRollUpTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    private static List<RequestEnvelope> sample() throws IOException {
        List<RequestEnvelope> subjects = new ArrayList<>();
        for (String line : Files.readAllLines(Cli.SAMPLES.resolve("huyen-dan-phuong.jsonl"), StandardCharsets.UTF_8)) {
            subjects.add(RequestEnvelopes.read(line));
        }
        return subjects;
    }

    private static DistrictTree tree(List<RequestEnvelope> s) {
        List<CommuneTree> communes = new ArrayList<>();
        for (RequestEnvelope c : s.stream().filter(e -> e.kind() == RequestKind.COMMUNE).toList()) {
            String code = ((CommuneEvaluationRequest) c.request()).commune().unit().code();
            List<CitizenEvaluationRequest> people = s.stream().filter(e -> e.in() != null
                    && e.in().kind() == RequestKind.COMMUNE && e.in().id().equals(code) && e.kind() == RequestKind.CITIZEN)
                    .map(e -> (CitizenEvaluationRequest) e.request()).toList();
            List<OrganisationTree> units = s.stream().filter(e -> e.kind() == RequestKind.UNIT
                    && e.in().id().equals(code)).map(e -> {
                        UnitEvaluationRequest u = (UnitEvaluationRequest) e.request();
                        return new OrganisationTree(u, s.stream().filter(m -> m.in() != null
                                && m.in().kind() == RequestKind.UNIT && m.in().id().equals(u.unit().id()))
                                .map(m -> (CitizenEvaluationRequest) m.request()).toList());
                    }).toList();
            communes.add(new CommuneTree((CommuneEvaluationRequest) c.request(), people, units));
        }
        return new DistrictTree((DistrictEvaluationRequest) s.get(0).request(), communes);
    }

    /** Proves that rolling up the district sample gives every assessment Evaluator.rollUp(DistrictTree) gives. */
    @Test
    void theDistrictSampleAgreesWithTheLibrary() throws IOException {
        List<RequestEnvelope> subjects = sample();
        List<Assessment> ours = new ArrayList<>();
        new TreeRollUp().run(EVALUATOR, subjects, r -> ours.add(r.assessment()), (d, t, w) -> { });
        DistrictResult library = EVALUATOR.rollUp(tree(subjects));
        assertEquals(library.assessment(), ours.get(ours.size() - 1));
        List<Assessment> communes = ours.stream().filter(a -> a.schemeId().startsWith("TT25.X")).toList();
        assertEquals(library.results().stream().map(c -> c.assessment()).toList(), communes);
        assertEquals(35, ours.size());
    }

    /** Proves that the province is evaluated from its districts as Evaluator.rollUp(ProvinceTree) evaluates it. */
    @Test
    void aProvinceAgreesWithTheLibrary() throws Exception {
        List<RequestEnvelope> subjects = new ArrayList<>(sample());
        com.fasterxml.jackson.databind.node.ObjectNode request = (com.fasterxml.jackson.databind.node.ObjectNode)
                HoctapJson.mapper().readTree(Files.readString(Cli.CASES.resolve("tt25-tinh/01-dat-muc-2.json")))
                .get("request");
        request.remove("districts");
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("province")).remove("districtCodes");
        var evidence = (com.fasterxml.jackson.databind.node.ObjectNode) request.get("evidence");
        List<String> counted = new ArrayList<>();
        evidence.fieldNames().forEachRemaining(f -> {
            if (f.startsWith("districts.")) {
                counted.add(f);
            }
        });
        evidence.remove(counted);
        ProvinceEvaluationRequest withoutCounts = HoctapJson.mapper().treeToValue(request,
                ProvinceEvaluationRequest.class);
        subjects.add(new RequestEnvelope("tinh", RequestKind.PROVINCE, withoutCounts, null));
        List<Assessment> ours = new ArrayList<>();
        new TreeRollUp().run(EVALUATOR, subjects, r -> ours.add(r.assessment()), (d, t, w) -> { });
        ProvinceResult library = EVALUATOR.rollUp(new ProvinceTree(withoutCounts, List.of(tree(sample()))));
        assertEquals(library.assessment(), ours.get(ours.size() - 1));
    }

    /** Proves that a person in no commune of the stream refuses the whole roll-up before anything is evaluated. */
    @Test
    void aPersonInNoCommuneRefusesTheRollUp() throws IOException {
        List<RequestEnvelope> subjects = new ArrayList<>(sample());
        subjects.add(RequestEnvelopes.read("{\"kind\": \"citizen\", \"in\": {\"kind\": \"commune\", \"id\": \"99999\"},"
                + " \"request\": {\"evaluationYear\": 2024, \"person\": {\"id\": \"X\"}}}"));
        List<Assessment> ours = new ArrayList<>();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TreeRollUp().run(EVALUATOR, subjects, r -> ours.add(r.assessment()), (d, t, w) -> { }));
        assertTrue(e.getMessage().contains("99999"), e.getMessage());
        assertTrue(ours.isEmpty());
    }
}
