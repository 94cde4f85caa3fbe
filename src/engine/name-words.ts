/** Words around a document's name written without 《》 (依照公务员法第五十九条). */

/**
 * Connector words after which a document name may start (依照刑事诉讼法, 民法典和刑法, 以劳动合同法第X条规定的情形,
 * 超过民事诉讼法第X条规定的期限): prepositions and verbs, never characters that end part of a longer name, so
 * 劳动合同法 is never read as 合同法.
 */
export const NAME_BOUNDARY =
  /(?:依照|行使|根据|按照|依据|参照|违反|适用|对照|符合|属于|删去|删除|履行|办理|执行|实施|遵守|修改|制定|施行|超过|超出|通过|结合|应当|可以|予以|和|或者|或|以及|及|与|并|的|在|经|由|对|按|依|照|即|是|为|除|有|将|把|以|于|同|向|自|从|被|而|须|均|也|[)）、，])$/;
