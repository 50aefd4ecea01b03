/**
 * Who is evaluated: organisations ("Đơn vị học tập"), persons ("Công dân học tập"), households, clans, hamlets,
 * communes, districts and provinces, with administrative tiers, titles, levels and earlier recognitions.
 */
package vn.hoctap.model.subject;
