package vn.hoctap.sheets.layout;

import java.util.Arrays;
import java.util.List;
import vn.hoctap.model.Bilingual;

/**
 * One value a {@link CellType#CODE} column accepts: the code the request carries, and the names shown to people.
 *
 * @param code   the value in the request's JSON, e.g. {@code COMMUNE_PEOPLES_COMMITTEE}
 * @param nameVi the Vietnamese label the drop-down list offers
 * @param nameEn the English label, also accepted
 */
public record Code(String code, String nameVi, String nameEn) {
    /** The codes of an enum whose constants have names in both languages, in declaration order. */
    public static <E extends Enum<E> & Bilingual> List<Code> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /** The codes of some constants of an enum, in the order given. */
    @SafeVarargs
    public static <E extends Enum<E> & Bilingual> List<Code> of(E... values) {
        return Arrays.stream(values).map(e -> new Code(e.name(), e.nameVi(), e.nameEn())).toList();
    }
}
