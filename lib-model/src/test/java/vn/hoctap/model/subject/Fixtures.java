package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;

/** Shared sample values and assertions for the subject tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Recognition award(Title title, int year) {
        return new Recognition(title, null, null, year, LocalDate.of(year + 1, 3, 15), "12/QĐ-KH");
    }

    static Person person(String id) {
        return new Person(id, null, null, null, List.of());
    }

    static AdministrativeUnit commune(String code) {
        return new AdministrativeUnit(code, "Xã Tân Lập", AdministrativeTier.COMMUNE, "001", null, null);
    }

    static AdministrativeUnit district(String code) {
        return new AdministrativeUnit(code, "Huyện Đan Phượng", AdministrativeTier.DISTRICT, "01",
                LocalDate.of(2008, 8, 1), null);
    }

    static AdministrativeUnit province(String code) {
        return new AdministrativeUnit(code, "Thành phố Hà Nội", AdministrativeTier.PROVINCE, null, null, null);
    }

    /** Asserts that {@code action} fails and that the error names {@code path}; returns the error. */
    static InvalidInputException failsAt(String path, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(path, e.path(), e::getMessage);
        return e;
    }

    /** Asserts that reading {@code json} as {@code type} fails and that the error names {@code path}. */
    static InvalidInputException readFailsAt(String path, String json, Class<?> type) {
        return failsAt(path, () -> HoctapJson.read(json, type));
    }

    /** Writes {@code value}, reads it back and returns the copy. */
    static <T> T roundTrip(T value) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) value.getClass();
        return HoctapJson.read(HoctapJson.write(value), type);
    }
}
