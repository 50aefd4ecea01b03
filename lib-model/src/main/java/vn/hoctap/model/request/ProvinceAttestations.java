package vn.hoctap.model.request;

import java.util.Optional;

/**
 * The province's yes/no statements for the qualitative indicators of "Cộng đồng học tập" cấp tỉnh (TT 25/2023
 * Art. 16.1-16.3; Art. 17.1-17.3 refer to them for level 2). A {@code null} statement is not given: the indicator
 * that needs it is "not determined". TT 25 has no clause that fails an indicator for want of evidence (unlike TT 24
 * Art. 15.3), so evidence given in the request is recorded in the explanation but not required.
 *
 * @param awareness                Art. 16.1.a: awareness-raising on lifelong learning and the learning society
 * @param programmesAndGuidance    Art. 16.1.b: programmes, plans and guidance issued and carried out fully and on time
 * @param emulationMovement        Art. 16.1.c: the emulation movement for the learning society organised
 * @param stateBudget              Art. 16.2.a: enough annual state budget for building the learning society
 * @param centralPolicies          Art. 16.2.b: central lifelong-learning policies carried out fully
 * @param localPolicies            Art. 16.2.c: the province's own policies for lifelong learning issued
 * @param internationalCooperation Art. 16.2.d: international cooperation on adult and lifelong learning
 * @param digitalServices          Art. 16.2.đ: provincial units equipped with digital services and tools
 * @param universityDigital        Art. 16.3.a: the university under the province carries out digital transformation
 *                                 and builds digital learning materials
 * @param schoolsDigital           Art. 16.3.b: schools evaluated at province level manage and teach digitally
 * @param publicLibrary            Art. 16.3.c: the provincial public library serves lifelong learning, with IT and
 *                                 digital transformation
 * @param radioTvOpenResources     Art. 16.3.đ, second half: the provincial radio and television station builds
 *                                 learning topics and content and contributes to shared digital resources and open
 *                                 learning materials online
 */
public record ProvinceAttestations(Boolean awareness, Boolean programmesAndGuidance, Boolean emulationMovement,
                                   Boolean stateBudget, Boolean centralPolicies, Boolean localPolicies,
                                   Boolean internationalCooperation, Boolean digitalServices,
                                   Boolean universityDigital, Boolean schoolsDigital, Boolean publicLibrary,
                                   Boolean radioTvOpenResources) {

    /** No statement given. */
    public static ProvinceAttestations none() {
        return new ProvinceAttestations(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The statement for an {@link ProvinceInput.Kind#ATTESTATION} input, if given. */
    public Optional<Boolean> get(ProvinceInput input) {
        return Optional.ofNullable(switch (input) {
            case AWARENESS -> awareness;
            case PROGRAMMES_AND_GUIDANCE -> programmesAndGuidance;
            case EMULATION_MOVEMENT -> emulationMovement;
            case STATE_BUDGET -> stateBudget;
            case CENTRAL_POLICIES -> centralPolicies;
            case LOCAL_POLICIES -> localPolicies;
            case INTERNATIONAL_COOPERATION -> internationalCooperation;
            case DIGITAL_SERVICES -> digitalServices;
            case UNIVERSITY_DIGITAL -> universityDigital;
            case SCHOOLS_DIGITAL -> schoolsDigital;
            case PUBLIC_LIBRARY -> publicLibrary;
            case RADIO_TV_OPEN_RESOURCES -> radioTvOpenResources;
            default -> throw new IllegalArgumentException(input + " is not an attestation");
        });
    }
}
