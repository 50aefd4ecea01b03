package vn.hoctap.model.request;

import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.List;

/**
 * How JSON's {@code "memberList"} is read: an empty list written out says the unit has no members, which is refused as
 * {@code "members": {"total": 0}} is ({@link MemberCounts#emptyUnit}), rather than read as "no records given" and
 * answered with a missing {@code $.members}. Only JSON can tell "given as empty" from "not given"; in Java an empty
 * list, like {@code null}, means that no records are given.
 */
final class MemberListReading extends StdConverter<List<UnitMember>, List<UnitMember>> {
    @Override
    public List<UnitMember> convert(List<UnitMember> records) {
        if (records.isEmpty()) {
            throw MemberCounts.emptyUnit("$");
        }
        return records;
    }
}
