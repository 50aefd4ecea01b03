package vn.hoctap.model.request;

/** One step of an ordered scale that an indicator compares against a required step (see {@link Input#scale()}). */
public interface ScaleLevel {
    /** The code used in requests and parameters, e.g. {@code BASIC}. */
    String name();

    /** Position on the scale, lowest first. */
    int ordinal();

    String nameVi();

    String nameEn();
}
