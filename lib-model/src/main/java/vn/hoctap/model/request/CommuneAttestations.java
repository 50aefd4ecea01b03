package vn.hoctap.model.request;

import java.util.Optional;

/**
 * The commune's yes/no statements for the qualitative indicators of "Cộng đồng học tập" cấp xã (TT 25/2023/TT-BGDĐT
 * Art. 6.1-6.3, which Art. 7.1-7.3 repeat for level 2). A {@code null} statement is not given: the indicator that
 * needs it is "not determined". A {@code true} statement still needs evidence in the request's {@code evidence} map.
 *
 * @param awarenessRaising        Art. 6.1.a: awareness-raising on lifelong learning and the learning society
 * @param learningSocietyPlan     Art. 6.1.b: an annual learning-society programme or plan, made and fully carried out
 * @param lifelongLearningWeek    Art. 6.1.c: a plan and activities for the Lifelong Learning Week, reported
 * @param stateBudget             Art. 6.2.a: enough annual state budget for building the learning society
 * @param socialResources         Art. 6.2.b: social resources mobilised, with positive results
 * @param coordinationMechanism   Art. 6.2.c: a coordination mechanism between the commune's Hội Khuyến học, its
 *                                socio-political organisations, schools and cultural institutions
 * @param communityLearningCentre Art. 6.3.a: the community learning centre has a furnished working room, a shared
 *                                bookcase and suitable IT equipment
 * @param publicLibrary           Art. 6.3.b: the commune public library uses IT and digital transformation for
 *                                lifelong-learning services
 * @param cultureSportsCentre     Art. 6.3.c: the commune culture and sports centre runs talent classes, clubs,
 *                                interest groups and regular activities
 */
public record CommuneAttestations(Boolean awarenessRaising, Boolean learningSocietyPlan, Boolean lifelongLearningWeek,
                                  Boolean stateBudget, Boolean socialResources, Boolean coordinationMechanism,
                                  Boolean communityLearningCentre, Boolean publicLibrary,
                                  Boolean cultureSportsCentre) {

    /** No statement given. */
    public static CommuneAttestations none() {
        return new CommuneAttestations(null, null, null, null, null, null, null, null, null);
    }

    /** The same statement for every indicator. */
    public static CommuneAttestations all(boolean value) {
        return new CommuneAttestations(value, value, value, value, value, value, value, value, value);
    }

    /** The statement for an {@link CommuneInput.Kind#ATTESTATION} input, if given. */
    public Optional<Boolean> get(CommuneInput input) {
        return Optional.ofNullable(switch (input) {
            case AWARENESS_RAISING -> awarenessRaising;
            case LEARNING_SOCIETY_PLAN -> learningSocietyPlan;
            case LIFELONG_LEARNING_WEEK -> lifelongLearningWeek;
            case STATE_BUDGET -> stateBudget;
            case SOCIAL_RESOURCES -> socialResources;
            case COORDINATION_MECHANISM -> coordinationMechanism;
            case COMMUNITY_LEARNING_CENTRE -> communityLearningCentre;
            case PUBLIC_LIBRARY -> publicLibrary;
            case CULTURE_SPORTS_CENTRE -> cultureSportsCentre;
            default -> throw new IllegalArgumentException(input + " is not an attestation");
        });
    }

    /** A copy with the statement for {@code input} replaced ({@code null} to remove it). */
    public CommuneAttestations with(CommuneInput input, Boolean value) {
        if (input.kind() != CommuneInput.Kind.ATTESTATION) {
            throw new IllegalArgumentException(input + " is not an attestation");
        }
        return new CommuneAttestations(
                input == CommuneInput.AWARENESS_RAISING ? value : awarenessRaising,
                input == CommuneInput.LEARNING_SOCIETY_PLAN ? value : learningSocietyPlan,
                input == CommuneInput.LIFELONG_LEARNING_WEEK ? value : lifelongLearningWeek,
                input == CommuneInput.STATE_BUDGET ? value : stateBudget,
                input == CommuneInput.SOCIAL_RESOURCES ? value : socialResources,
                input == CommuneInput.COORDINATION_MECHANISM ? value : coordinationMechanism,
                input == CommuneInput.COMMUNITY_LEARNING_CENTRE ? value : communityLearningCentre,
                input == CommuneInput.PUBLIC_LIBRARY ? value : publicLibrary,
                input == CommuneInput.CULTURE_SPORTS_CENTRE ? value : cultureSportsCentre);
    }
}
