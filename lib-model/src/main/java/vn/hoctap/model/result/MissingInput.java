package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.required;

/**
 * An input the request lacks, which leaves an indicator undetermined.
 *
 * @param path        where it belongs in the request, as a JSON path (e.g. {@code $.members.learningCitizen})
 * @param indicatorId the indicator that needs it
 * @param textVi      what to supply, in Vietnamese
 * @param textEn      the same in English
 */
public record MissingInput(String path, String indicatorId, String textVi, String textEn) {
    public MissingInput {
        required(path, "path");
        required(indicatorId, "indicatorId");
        required(textVi, "textVi");
        required(textEn, "textEn");
    }
}
