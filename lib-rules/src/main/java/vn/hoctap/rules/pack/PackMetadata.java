package vn.hoctap.rules.pack;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import java.time.LocalDate;
import java.util.List;
import vn.hoctap.model.InvalidInputException;

/**
 * {@code pack.json}: who issued the pack's criteria, when they are in force, and which files make the pack.
 *
 * @param layer          the name explanations give this layer, e.g. "Tỉnh Ví Dụ"; unique among the layers
 * @param province       the province
 * @param instrument     the province's instrument that issues the criteria ("văn bản ban hành")
 * @param effectiveFrom  first reference date the pack applies to
 * @param effectiveTo    first reference date it no longer applies to, or {@code null}
 * @param illustration   {@code true} for a pack that illustrates the format and is no province's law; every
 *                       assessment that uses it says so
 * @param descriptionVi  what the pack changes, in a sentence, or {@code null}
 * @param descriptionEn  the same in English, or {@code null}
 * @param files          the pack's other files, relative to its directory
 */
record PackMetadata(String layer, ProvinceInfo province, Instrument instrument, LocalDate effectiveFrom,
                    LocalDate effectiveTo, Boolean illustration, String descriptionVi, String descriptionEn,
                    Files files) {
    PackMetadata {
        requiredText(layer, "layer");
        required(province, "province");
        required(instrument, "instrument");
        required(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new InvalidInputException("effectiveTo", "phải sau effectiveFrom / must be after effectiveFrom");
        }
        illustration = illustration != null && illustration;
        files = files == null ? new Files(null, null, null, null) : files;
    }

    boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }

    /**
     * @param code   the province's two-digit code in the national register of administrative units
     * @param nameVi its name, e.g. "Tỉnh Ví Dụ"
     * @param nameEn in English
     */
    record ProvinceInfo(String code, String nameVi, String nameEn) {
        ProvinceInfo {
            requiredText(code, "code");
            if (!code.matches("\\d{2}")) {
                throw new InvalidInputException("code", "mã tỉnh gồm 2 chữ số ('" + code
                        + "') / a province code is two digits ('" + code + "')");
            }
            requiredText(nameVi, "nameVi");
            requiredText(nameEn, "nameEn");
        }
    }

    /**
     * @param number   its number, e.g. "15/2024/QĐ-UBND"
     * @param date     the day it was signed
     * @param issuerVi who issued it, e.g. "Ủy ban nhân dân tỉnh Ví Dụ"
     * @param issuerEn in English
     */
    record Instrument(String number, LocalDate date, String issuerVi, String issuerEn) {
        Instrument {
            requiredText(number, "number");
            required(date, "date");
            requiredText(issuerVi, "issuerVi");
            requiredText(issuerEn, "issuerEn");
        }
    }

    /**
     * @param parameters parameter files, in the format of the national {@code parameters.json}
     * @param overlays   catalogue overlay files
     * @param rules      DRL files
     * @param samples    sample requests shipped with the pack (e.g. {@code mau/gia-dinh.json}): checked to be there
     *                   and readable, never part of the rules nor of the audit digest; listing them keeps them from
     *                   being reported as forgotten files
     */
    record Files(List<String> parameters, List<String> overlays, List<String> rules, List<String> samples) {
        Files {
            parameters = list(parameters);
            overlays = list(overlays);
            rules = list(rules);
            samples = list(samples);
        }
    }
}
