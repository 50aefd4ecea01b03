package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.requiredText;

import java.util.Optional;

/**
 * One member of a unit, as a record from which the library counts. A {@code null} attribute is not known for
 * this member; the indicators that need it are "not determined", naming the member, unless the other members
 * already decide them whatever the unknown ones would say.
 *
 * @param id the caller's identifier of the member (staff number, citizen id); never shown in aggregate results
 * @param labourDiscipline      keeps labour discipline (TT 24 Art. 6.2.a)
 * @param completedTraining     completed the required training (Art. 6.2.b)
 * @param trainedInDigitalTransformation trained in and takes part in the unit's digital transformation (Art. 6.2.c)
 * @param languageCertificate   holds a language certificate fit for the post (Art. 6.2.d)
 * @param languageProficiency   has the language proficiency the post requires (Art. 7.2.d)
 * @param advancedWorker        holds "Lao động tiên tiến" or higher (Art. 6.2.đ)
 * @param learningCitizen       holds "Công dân học tập" (Art. 6.3.a)
 */
public record UnitMember(String id, Boolean labourDiscipline, Boolean completedTraining,
                         Boolean trainedInDigitalTransformation, Boolean languageCertificate,
                         Boolean languageProficiency, Boolean advancedWorker, Boolean learningCitizen) {
    public UnitMember {
        requiredText(id, "id");
    }

    /** Whether this member has {@code attribute}, if known. */
    public Optional<Boolean> has(MemberAttribute attribute) {
        return Optional.ofNullable(attribute.of(this));
    }
}
