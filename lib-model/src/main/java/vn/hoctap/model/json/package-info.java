/** Strict JSON reading and writing of hoctap's values, with errors that name the JSON path. */
package vn.hoctap.model.json;
