package vn.hoctap.model.request;

import java.util.Optional;

/**
 * The district's yes/no statements for the qualitative indicators of "Cộng đồng học tập" cấp huyện (TT 25/2023
 * Art. 11.1-11.3; Art. 12.1-12.3 refer to them for level 2). A {@code null} statement is not given: the indicator
 * that needs it is "not determined". TT 25 has no clause that fails an indicator for want of evidence (unlike TT 24
 * Art. 9.3), so evidence given in the request is recorded in the explanation but not required.
 *
 * @param awareness             Art. 11.1.a: awareness-raising on lifelong learning and the learning society
 * @param programmesAndGuidance Art. 11.1.b: programmes, plans and guidance issued and carried out fully and on time
 * @param lifelongLearningWeek  Art. 11.1.c: the Lifelong Learning Week planned, held and reported
 * @param stateBudget           Art. 11.2.a: enough annual state budget for building the learning society
 * @param socialResources       Art. 11.2.b: social resources mobilised with positive results
 * @param policiesCarriedOut    Art. 11.2.c: central and provincial lifelong-learning policies carried out fully
 * @param digitalServices       Art. 11.2.d: district units equipped with digital services and tools
 * @param schoolsDigital        Art. 11.3.a: schools evaluated at district level manage and teach digitally
 * @param publicLibrary         Art. 11.3.b: the district public library serves lifelong learning, with IT and digital
 *                              transformation
 * @param cultureCentre         Art. 11.3.c: the district culture and sports centre runs activities linked with communes
 */
public record DistrictAttestations(Boolean awareness, Boolean programmesAndGuidance, Boolean lifelongLearningWeek,
                                   Boolean stateBudget, Boolean socialResources, Boolean policiesCarriedOut,
                                   Boolean digitalServices, Boolean schoolsDigital, Boolean publicLibrary,
                                   Boolean cultureCentre) {

    /** No statement given. */
    public static DistrictAttestations none() {
        return new DistrictAttestations(null, null, null, null, null, null, null, null, null, null);
    }

    /** The statement for an {@link DistrictInput.Kind#ATTESTATION} input, if given. */
    public Optional<Boolean> get(DistrictInput input) {
        return Optional.ofNullable(switch (input) {
            case AWARENESS -> awareness;
            case PROGRAMMES_AND_GUIDANCE -> programmesAndGuidance;
            case LIFELONG_LEARNING_WEEK -> lifelongLearningWeek;
            case STATE_BUDGET -> stateBudget;
            case SOCIAL_RESOURCES -> socialResources;
            case POLICIES_CARRIED_OUT -> policiesCarriedOut;
            case DIGITAL_SERVICES -> digitalServices;
            case SCHOOLS_DIGITAL -> schoolsDigital;
            case PUBLIC_LIBRARY -> publicLibrary;
            case CULTURE_CENTRE -> cultureCentre;
            default -> throw new IllegalArgumentException(input + " is not an attestation");
        });
    }
}
