/**
 * Nghị định 20/2014/NĐ-CP (phổ cập giáo dục, xóa mù chữ) for communes: the level a commune reaches on each standard,
 * computed from its raw figures with every threshold a cited parameter, for criterion 4 of "Cộng đồng học tập" cấp xã
 * (TT 25/2023/TT-BGDĐT Art. 6.4, 7.4). Usable on its own: {@link vn.hoctap.rules.nd20.Nd20Standards#assess}.
 */
package vn.hoctap.rules.nd20;
