package vn.hoctap.model.request;

import vn.hoctap.model.Bilingual;

/** One step of an ordered scale that an indicator compares against a required step (see {@link Input#scale()}). */
public interface ScaleLevel extends Bilingual {
    /** The code used in requests and parameters, e.g. {@code BASIC}. */
    String name();

    /** Position on the scale, lowest first. */
    int ordinal();
}
