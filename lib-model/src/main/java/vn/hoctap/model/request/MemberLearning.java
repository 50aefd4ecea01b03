package vn.hoctap.model.request;

/**
 * What a household's criteria need to know about one member's learning in the evaluation year. A {@code null} fact is
 * not stated: an indicator that needs it for this member is "not determined" and names the fact's JSON path. A fact
 * that does not concern the member (the conduct of a grandparent) may be left out: only members whose age puts them
 * in an indicator's population are asked for it. Whether the member holds "Công dân học tập" is not repeated here; it
 * is read from the person's recognitions ({@link vn.hoctap.model.subject.Person#holds}).
 *
 * @param atSchoolAtRightAge          attends school in the grade for the child's age ("đi học đúng độ tuổi")
 * @param completedUniversalEducation has completed universal education ("hoàn thành phổ cập giáo dục")
 * @param resultsAtLeastAverage       for a pupil, the school year's results are average or better ("học lực từ trung
 *                                    bình trở lên")
 * @param conductAtLeastGood          for a pupil, conduct graded "khá" or better ("hạnh kiểm từ khá trở lên")
 * @param honestPoliteAndActive       for a child, honest and polite and takes part in local activities
 * @param literacy                    literacy in the sense of Nghị định 20/2014/NĐ-CP
 * @param studiedTopicThisYear        studied at least one topic ("chuyên đề") during the year
 * @param unableToLearn               why the member cannot learn, or {@code null} if able: such a member is left out
 *                                    of every count, and the explanation says how many were left out and why
 */
public record MemberLearning(Boolean atSchoolAtRightAge, Boolean completedUniversalEducation,
                             Boolean resultsAtLeastAverage, Boolean conductAtLeastGood, Boolean honestPoliteAndActive,
                             LiteracyLevel literacy, Boolean studiedTopicThisYear, LearningInability unableToLearn) {

    /** Nothing stated. */
    public static MemberLearning none() {
        return new MemberLearning(null, null, null, null, null, null, null, null);
    }
}
