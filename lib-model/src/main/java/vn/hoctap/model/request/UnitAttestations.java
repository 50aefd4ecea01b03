package vn.hoctap.model.request;

import java.util.Optional;

/**
 * The unit's yes/no statements for the qualitative indicators of TT 24/2023. A {@code null} statement is not
 * given: the indicators that need it are "not determined". A {@code true} statement still needs evidence
 * ({@link UnitEvaluationRequest#evidence()}) to count as met (Art. 9.3, 15.3).
 *
 * @param annualLearningPlan            Art. 6.1.a
 * @param trainingRegimes               Art. 6.1.b
 * @param privatePreschoolTeacherSupport Art. 6.1.b and 6.3.b, second sentences (public preschools)
 * @param trainingBudget                Art. 6.1.c (state agencies and public service units)
 * @param digitalTransformationAndEquipment Art. 6.1.d: the unit carries out digital transformation and equips its
 *                                  members to work and learn (the members' own training is counted apart, as
 *                                  {@code members.trainedInDigitalTransformation}, Art. 6.2.c)
 * @param lifelongLearningActivities    Art. 6.1.đ
 * @param learningEnvironment           Art. 6.3.b, 12.3.b
 * @param advancedCollectiveTitle       Art. 6.3.c, 7.3.c, 12.3.c
 * @param vocationalAccreditation       Art. 6.3.đ, 12.3.e (vocational institutions)
 */
public record UnitAttestations(Boolean annualLearningPlan, Boolean trainingRegimes,
                               Boolean privatePreschoolTeacherSupport, Boolean trainingBudget,
                               Boolean digitalTransformationAndEquipment, Boolean lifelongLearningActivities,
                               Boolean learningEnvironment, Boolean advancedCollectiveTitle,
                               Boolean vocationalAccreditation) {

    /** No statement given. */
    public static UnitAttestations none() {
        return new UnitAttestations(null, null, null, null, null, null, null, null, null);
    }

    /** The statement for an {@link UnitInput.Kind#ATTESTATION} input, if given. */
    public Optional<Boolean> get(UnitInput input) {
        return Optional.ofNullable(switch (input) {
            case ANNUAL_LEARNING_PLAN -> annualLearningPlan;
            case TRAINING_REGIMES -> trainingRegimes;
            case PRIVATE_PRESCHOOL_TEACHER_SUPPORT -> privatePreschoolTeacherSupport;
            case TRAINING_BUDGET -> trainingBudget;
            case DIGITAL_TRANSFORMATION_AND_EQUIPMENT -> digitalTransformationAndEquipment;
            case LIFELONG_LEARNING_ACTIVITIES -> lifelongLearningActivities;
            case LEARNING_ENVIRONMENT -> learningEnvironment;
            case ADVANCED_COLLECTIVE_TITLE -> advancedCollectiveTitle;
            case VOCATIONAL_ACCREDITATION -> vocationalAccreditation;
            default -> throw new IllegalArgumentException(input + " is not an attestation");
        });
    }
}
