package vn.hoctap.rules.pack;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Citation;

/** The JSON of a pack's overlay and parameter files, and the declarations an overlay makes. */
final class Overlay {
    private Overlay() {
    }

    /**
     * An overlay file. Each list element is read on its own, so that a problem names its own path and line.
     *
     * @param criteria  the pack's criteria: new ones, or a national one's replacement under the same id
     * @param schemes   schemes of the pack's own (e.g. a provincial "tiêu biểu" title); they may list any criterion
     * @param add       criteria joining an existing scheme ({@link Addition})
     * @param replace   national criteria the pack redefines ({@link Replacement})
     * @param switchOff criteria taken out of schemes ({@link SwitchOff})
     * @param rename    schemes whose title text the province changes ({@link Rename})
     * @param enable    schemes the pack adopts without changing them, so that their required parameters are checked
     * @param procedures who receives and decides a scheme's title in a period ({@link ProcedureAssignment})
     */
    record File(List<JsonNode> criteria, List<JsonNode> schemes, List<JsonNode> add, List<JsonNode> replace,
                List<JsonNode> switchOff, List<JsonNode> rename, List<String> enable, List<JsonNode> procedures) {
        File {
            procedures = list(procedures);
            criteria = list(criteria);
            schemes = list(schemes);
            add = list(add);
            replace = list(replace);
            switchOff = list(switchOff);
            rename = list(rename);
            enable = list(enable);
        }
    }

    /**
     * A parameter file: the national format, where {@code layer}, if given, must be the pack's layer.
     *
     * @param layer      the pack's layer name, or {@code null}
     * @param parameters parameter definitions, or for an existing id just its {@code id} and {@code values}
     */
    record ParameterFile(String layer, List<JsonNode> parameters) {
        ParameterFile {
            parameters = list(parameters);
        }
    }

    /**
     * A criterion joins a scheme.
     *
     * @param criterion the criterion's id
     * @param scheme    the scheme's id
     * @param after     the criterion of the scheme it follows, or {@code null}
     * @param before    the criterion of the scheme it precedes, or {@code null}; with neither, it comes last
     * @param citation  the province's text that adds it
     */
    record Addition(String criterion, String scheme, String after, String before, Citation citation) {
        Addition {
            requiredText(criterion, "criterion");
            requiredText(scheme, "scheme");
            if (after != null && before != null) {
                throw new InvalidInputException("before", "chỉ cho một trong after và before / give after or before,"
                        + " not both");
            }
            required(citation, "citation");
        }
    }

    /**
     * A criterion is redefined by the pack (its definition, under the same id, is in the overlay's {@code criteria});
     * the pack's rules alone judge it from then on.
     *
     * @param criterion the criterion's id
     * @param citation  the province's text that redefines it
     */
    record Replacement(String criterion, Citation citation) {
        Replacement {
            requiredText(criterion, "criterion");
            required(citation, "citation");
        }
    }

    /**
     * A criterion is taken out of schemes.
     *
     * @param criterion the criterion's id
     * @param schemes   the schemes it leaves; empty for every scheme that lists it
     * @param citation  the province's text that says so
     * @param reasonVi  why, in a sentence, or {@code null}
     * @param reasonEn  the same in English, or {@code null}
     */
    record SwitchOff(String criterion, List<String> schemes, Citation citation, String reasonVi, String reasonEn) {
        SwitchOff {
            requiredText(criterion, "criterion");
            schemes = list(schemes);
            required(citation, "citation");
            if ((reasonVi == null) != (reasonEn == null)) {
                throw new InvalidInputException("reasonEn", "cần cả hai bản tiếng Việt và tiếng Anh / give both"
                        + " languages");
            }
        }
    }

    /**
     * A scheme's title text changes, e.g. "Gia đình hiếu học" for "Gia đình học tập".
     *
     * @param scheme   the scheme's id
     * @param nameVi   the new name
     * @param nameEn   in English
     * @param citation the province's text that names it so
     */
    record Rename(String scheme, String nameVi, String nameEn, Citation citation) {
        Rename {
            requiredText(scheme, "scheme");
            requiredText(nameVi, "nameVi");
            requiredText(nameEn, "nameEn");
            required(citation, "citation");
        }
    }

    /**
     * Who receives and decides a scheme's title in a period, as the province assigns it: e.g. a title its district
     * used to decide, decided by the province after the two-tier reform. It wins over the library's own periods.
     *
     * @param scheme    the scheme's id
     * @param from      first day of the period (decisions on or after it)
     * @param to        first day it no longer applies, or {@code null}
     * @param procedure who receives and decides, and by when
     * @param citation  the province's text that says so
     * @param noteVi    what changed, in a sentence
     * @param noteEn    the same in English
     */
    record ProcedureAssignment(String scheme, java.time.LocalDate from, java.time.LocalDate to,
                               vn.hoctap.model.catalogue.Procedure procedure, Citation citation, String noteVi,
                               String noteEn) {
        ProcedureAssignment {
            requiredText(scheme, "scheme");
            required(from, "from");
            required(procedure, "procedure");
            required(citation, "citation");
            requiredText(noteVi, "noteVi");
            requiredText(noteEn, "noteEn");
        }
    }
}
