package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import java.time.LocalDate;
import java.util.List;

/**
 * How an assessment was made, so that a stored result can be re-checked years later: which version of the library
 * made it, from which rule layers (each with a digest of its files), for which reference date, answering which
 * request. Re-evaluating the same request with the same library version and layers gives the same assessment; a
 * different digest says which of them changed.
 *
 * @param libraryVersion the version of hoctap that evaluated, e.g. {@code 0.1.0}
 * @param referenceDate  the date whose rules were applied
 * @param requestDigest  {@code sha256:} and the SHA-256 of the request's canonical JSON
 *                       ({@code vn.hoctap.model.json.CanonicalJson}), of the request as evaluated: in a roll-up, with
 *                       the counts computed from the level below
 * @param layers         the rule layers in force on the reference date, lowest first: the national packs, packs a
 *                       tool added, then the province packs in force on that date
 */
public record Audit(String libraryVersion, LocalDate referenceDate, String requestDigest, List<Layer> layers) {
    public Audit {
        requiredText(libraryVersion, "libraryVersion");
        required(referenceDate, "referenceDate");
        requiredText(requestDigest, "requestDigest");
        layers = list(layers);
    }

    /**
     * One rule layer and the digest of what it is made of.
     *
     * @param name   the layer's name as explanations give it ("national", "Tỉnh Ví Dụ")
     * @param source which pack: a national pack's directory in the library ({@code national/tt24}), or a province
     *               pack's province code and instrument ({@code province/00 01/2024/QĐ-UBND})
     * @param digest {@code sha256:} and the SHA-256 of the pack's files: of the lines {@code "<sha256 of the file>
     *               <name>"} (as {@code sha256sum} prints them), one per file sorted by name: for a national pack every
     *               {@code .json} and {@code .drl} file of its directory, for a province pack {@code pack.json} and
     *               every file it lists
     */
    public record Layer(String name, String source, String digest) {
        public Layer {
            requiredText(name, "name");
            requiredText(source, "source");
            requiredText(digest, "digest");
        }
    }
}
