package vn.hoctap.cli.rollup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.RequestEnvelope;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.RequestKind;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.OrganisationResult;
import vn.hoctap.model.rollup.OrganisationTree;
import vn.hoctap.rules.Evaluator;

/**
 * The roll-up through the library's trees ({@code Evaluator.rollUp}): every subject read into memory, the trees built
 * and checked before anything is evaluated, then each district rolled up in turn (so that progress can be shown) and
 * the province evaluated from its districts' verdicts, exactly as {@code Evaluator.rollUp(ProvinceTree)} counts them
 * (a test compares the two).
 */
public final class TreeRollUp implements RollUpRun {
    @Override
    public void run(Evaluator evaluator, List<RequestEnvelope> subjects, Consumer<Result> sink, Progress progress) {
        Map<String, RequestEnvelope> units = new LinkedHashMap<>();
        Map<String, List<CitizenEvaluationRequest>> members = new LinkedHashMap<>();
        Map<String, List<CitizenEvaluationRequest>> people = new LinkedHashMap<>();
        Map<String, List<RequestEnvelope>> organisations = new LinkedHashMap<>();
        Map<String, RequestEnvelope> communes = new LinkedHashMap<>();
        Map<String, RequestEnvelope> districts = new LinkedHashMap<>();
        Map<String, RequestEnvelope> peopleById = new LinkedHashMap<>();
        RequestEnvelope province = null;
        for (int i = 0; i < subjects.size(); i++) {
            RequestEnvelope e = subjects.get(i);
            String at = "$[" + i + "]";
            switch (e.kind()) {
                case CITIZEN -> {
                    RequestEnvelope.Parent in = parent(e, at, RequestKind.COMMUNE, RequestKind.UNIT);
                    (in.kind() == RequestKind.UNIT ? members : people).computeIfAbsent(in.id(), k -> new ArrayList<>())
                            .add((CitizenEvaluationRequest) e.request());
                    peopleById.put(in.kind().jsonName() + ":" + in.id() + ":"
                            + ((CitizenEvaluationRequest) e.request()).person().id(), e);
                }
                case UNIT -> {
                    RequestEnvelope.Parent in = parent(e, at, RequestKind.COMMUNE);
                    String id = ((UnitEvaluationRequest) e.request()).unit().id();
                    if (units.put(id, e) != null) {
                        throw new InvalidInputException(at + ".request.unit.id", "đơn vị '" + id + "' lặp lại / unit '"
                                + id + "' appears twice");
                    }
                    organisations.computeIfAbsent(in.id(), k -> new ArrayList<>()).add(e);
                }
                case COMMUNE -> put(communes, ((CommuneEvaluationRequest) e.request()).commune().unit().code(), e,
                        at + ".request.commune.unit.code");
                case DISTRICT -> put(districts, ((DistrictEvaluationRequest) e.request()).district().unit().code(), e,
                        at + ".request.district.unit.code");
                case PROVINCE -> {
                    if (province != null) {
                        throw new InvalidInputException(at, "chỉ một tỉnh / one province at most");
                    }
                    province = e;
                }
                default -> throw new InvalidInputException(at + ".kind", "loại '" + e.kind().jsonName() + "' không"
                        + " tham gia tổng hợp / kind '" + e.kind().jsonName() + "' does not take part in a roll-up");
            }
        }
        for (String unit : members.keySet()) {
            if (!units.containsKey(unit)) {
                throw new InvalidInputException("$", "người thuộc đơn vị '" + unit + "' không có trong luồng / people"
                        + " in unit '" + unit + "', which is not in the stream");
            }
        }
        Map<String, CommuneTree> communeTrees = new LinkedHashMap<>();
        for (Map.Entry<String, RequestEnvelope> c : communes.entrySet()) {
            List<OrganisationTree> orgs = new ArrayList<>();
            for (RequestEnvelope u : organisations.getOrDefault(c.getKey(), List.of())) {
                UnitEvaluationRequest r = (UnitEvaluationRequest) u.request();
                orgs.add(new OrganisationTree(r, members.getOrDefault(r.unit().id(), List.of())));
            }
            communeTrees.put(c.getKey(), new CommuneTree((CommuneEvaluationRequest) c.getValue().request(),
                    people.getOrDefault(c.getKey(), List.of()), orgs));
        }
        for (String code : people.keySet()) {
            requireCommune(communes, code);
        }
        for (String code : organisations.keySet()) {
            requireCommune(communes, code);
        }
        Map<String, List<CommuneTree>> byDistrict = new LinkedHashMap<>();
        List<CommuneTree> loose = new ArrayList<>();
        communeTrees.forEach((code, tree) -> {
            String parent = tree.commune().commune().unit().parentCode();
            if (districts.containsKey(parent)) {
                byDistrict.computeIfAbsent(parent, k -> new ArrayList<>()).add(tree);
            } else {
                loose.add(tree);
            }
        });
        List<DistrictTree> districtTrees = new ArrayList<>();
        districts.forEach((code, d) -> districtTrees.add(new DistrictTree((DistrictEvaluationRequest) d.request(),
                byDistrict.getOrDefault(code, List.of()))));
        if (province != null && !loose.isEmpty()) {
            throw new InvalidInputException("$", "xã " + loose.get(0).code() + " không thuộc huyện nào trong luồng; tổng"
                    + " hợp tỉnh đếm các huyện / commune " + loose.get(0).code() + " is in no district of the stream; a"
                    + " province's roll-up counts its districts");
        }
        if (province != null) {
            // the province's own checks (codes, years) before anything is evaluated
            new vn.hoctap.model.rollup.ProvinceTree((ProvinceEvaluationRequest) province.request(), districtTrees);
        }
        long total = districtTrees.size() + loose.size() + (province == null ? 0 : 1);
        long done = 0;
        Lookup lookup = new Lookup(communes, districts, units, peopleById);
        for (CommuneTree c : loose) {
            progress.at(done, total, c.commune().commune().unit().name());
            emit(lookup, evaluator.rollUp(c), sink);
            progress.at(++done, total, c.commune().commune().unit().name());
        }
        List<Assessment> districtAssessments = new ArrayList<>();
        for (DistrictTree d : districtTrees) {
            progress.at(done, total, d.district().district().unit().name());
            DistrictResult r = evaluator.rollUp(d);
            r.results().forEach(c -> emit(lookup, c, sink));
            sink.accept(new Result(lookup.districts.get(d.code()), r.assessment()));
            districtAssessments.add(r.assessment());
            progress.at(++done, total, d.district().district().unit().name());
        }
        if (province != null) {
            ProvinceEvaluationRequest p = (ProvinceEvaluationRequest) province.request();
            progress.at(done, total, p.province().unit().name());
            sink.accept(new Result(province, evaluator.evaluate(p.withDistricts(counts(districtAssessments)))));
            progress.at(++done, total, p.province().unit().name());
        }
    }

    /** Subordinate units by the level their assessment reached, as {@code Evaluator.rollUp} counts them. */
    static RecognitionCounts counts(List<Assessment> assessments) {
        return new RecognitionCounts(assessments.size(), count(assessments, Verdict.LEVEL_1),
                count(assessments, Verdict.LEVEL_2), count(assessments, Verdict.NOT_DETERMINED));
    }

    private static int count(List<Assessment> assessments, Verdict v) {
        return (int) assessments.stream().filter(a -> a.verdict() == v).count();
    }

    /** The envelopes by code and id, to tell each result whose it is. */
    private record Lookup(Map<String, RequestEnvelope> communes, Map<String, RequestEnvelope> districts,
                          Map<String, RequestEnvelope> units, Map<String, RequestEnvelope> people) {
    }

    private static void emit(Lookup lookup, CommuneResult c, Consumer<Result> sink) {
        String code = c.assessment().subjectId();
        for (Assessment p : c.people()) {
            sink.accept(new Result(lookup.people.get("commune:" + code + ":" + p.subjectId()), p));
        }
        for (OrganisationResult o : c.organisations()) {
            String unit = o.assessment().subjectId();
            for (Assessment m : o.people()) {
                sink.accept(new Result(lookup.people.get("unit:" + unit + ":" + m.subjectId()), m));
            }
            sink.accept(new Result(lookup.units.get(unit), o.assessment()));
        }
        sink.accept(new Result(lookup.communes.get(code), c.assessment()));
    }

    private static RequestEnvelope.Parent parent(RequestEnvelope e, String at, RequestKind... allowed) {
        RequestEnvelope.Parent in = e.in();
        if (in == null || !List.of(allowed).contains(in.kind())) {
            throw new InvalidInputException(at + ".in", "cần {\"kind\": " + List.of(allowed).stream()
                    .map(k -> "\"" + k.jsonName() + "\"").toList() + ", \"id\": …} để biết thuộc đâu / needed, to know"
                    + " where the " + e.kind().jsonName() + " belongs");
        }
        return in;
    }

    private static void put(Map<String, RequestEnvelope> map, String code, RequestEnvelope e, String path) {
        if (map.put(code, e) != null) {
            throw new InvalidInputException(path, "mã '" + code + "' lặp lại / code '" + code + "' appears twice");
        }
    }

    private static void requireCommune(Map<String, RequestEnvelope> communes, String code) {
        if (!communes.containsKey(code)) {
            throw new InvalidInputException("$", "xã '" + code + "' được nêu trong 'in' nhưng không có trong luồng /"
                    + " commune '" + code + "' is named in 'in' but not in the stream");
        }
    }
}
