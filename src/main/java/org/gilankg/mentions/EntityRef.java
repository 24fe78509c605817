package org.gilankg.mentions;

/**
 * A thing a mention refers to.
 *
 * @param id the local name of its IRI under gkr:
 * @param label its English label
 * @param minted true for things first named by a structured place in the text (a cabinet line,
 *     a reference line) or made by a rule (an event), false for things of the curated name list
 */
public record EntityRef(String id, EntityType type, String label, boolean minted) {}
