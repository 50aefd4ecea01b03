package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.requiredText;

/**
 * A statement read under an indicator's own id: the subject (or its evaluation team) states that it meets the
 * indicator as the catalogue describes it. This is how the association's titles carry indicators whose content the
 * library does not model, the framework's unknown ones and those a province's set adds, without a new input for each:
 * the request's {@code attestations} map the indicator id to {@code true} or {@code false}.
 *
 * @param indicatorId   the indicator's catalogue id, the key in {@code attestations} and in {@code evidence}
 * @param descriptionVi what is stated, from the catalogue
 * @param descriptionEn the same in English
 */
public record IndicatorAttestation(String indicatorId, String descriptionVi, String descriptionEn) implements Input {
    public IndicatorAttestation {
        requiredText(indicatorId, "indicatorId");
        requiredText(descriptionVi, "descriptionVi");
        requiredText(descriptionEn, "descriptionEn");
    }

    @Override
    public String jsonName() {
        return indicatorId;
    }

    @Override
    public Measure measure() {
        return Measure.STATEMENT;
    }
}
