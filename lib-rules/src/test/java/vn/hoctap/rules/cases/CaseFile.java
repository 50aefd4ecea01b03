package vn.hoctap.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;

/**
 * One expert-readable case: a request, the article it exercises and what the law says the result must be. The
 * format is documented in {@code src/test/resources/cases/README.md}.
 *
 * @param title       what the case shows, in Vietnamese (English may follow)
 * @param article     the article, clause and point it exercises, as an official would cite it
 * @param exercises   the catalogue ids (indicators, parameters or rules) the case exists to test
 * @param kind        which request the {@code request} object is (see {@link CaseKinds})
 * @param request     the request, exactly as a caller would send it
 * @param expect      the expected verdict and the outcome of every indicator at every level, or {@code null}
 * @param expectError the expected refusal, or {@code null}
 * @param packs       province pack directories to evaluate with, relative to the case file, lowest first; empty for
 *                    the national rules alone
 */
record CaseFile(String title, String article, List<String> exercises, String kind,
                JsonNode request, Expectation expect, ExpectedError expectError, List<String> packs) {
    CaseFile {
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    /**
     * @param verdict    the level reached, or not recognised, or not determined
     * @param indicators per level, the outcome of every indicator judged at that level; the case fails if the
     *                   engine judges an indicator not listed here, so a case states the whole result
     * @param missing    JSON paths that must be reported missing (optional)
     * @param reasons    per level, the reason some indicators must give (optional), e.g. {@code LIBRARY_READING}
     * @param notices    codes of notices the assessment must carry (optional)
     * @param noticesAbsent codes of notices it must not carry (optional)
     * @param calendar   fields of the assessment's calendar and the value each must have as JSON text (optional),
     *                   e.g. {@code "authorityVi": "Giám đốc Sở Giáo dục và Đào tạo"}; {@code null} JSON for absent
     * @param shortfalls what the next level lacks (optional): every shortfall listed must be reported, with its kind
     *                   and, for a count, how many more
     */
    record Expectation(Verdict verdict, Map<Level, Map<String, Outcome>> indicators, List<String> missing,
                       Map<Level, Map<String, Reason>> reasons, List<String> notices, List<String> noticesAbsent,
                       Map<String, String> calendar, List<ExpectedShortfall> shortfalls) {
    }

    /**
     * @param indicator  the indicator id (for a points total, the scheme's id, e.g. {@code CDHT})
     * @param input      the input concerned
     * @param kind       {@code COUNT}, {@code STATEMENT}, {@code EVIDENCE}, {@code DATA}, {@code OTHER} or
     *                   {@code POINTS}
     * @param more       for a count, how many more (optional)
     * @param morePoints for points, how many more points, compared as numbers (optional)
     */
    record ExpectedShortfall(String indicator, String input, String kind, Integer more,
                             java.math.BigDecimal morePoints) {
    }

    /**
     * @param type            simple name of the exception class, e.g. {@code MissingParameterException}
     * @param messageContains text the message must contain, e.g. the parameter's id
     */
    record ExpectedError(String type, String messageContains) {
    }
}
