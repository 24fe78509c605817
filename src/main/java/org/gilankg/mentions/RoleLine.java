package org.gilankg.mentions;

/**
 * A list line of the form "Name (Alias) – Office", as in the cabinet list: a person, perhaps
 * first named here, and the office the line gives them.
 *
 * @param alias the bracketed name, or null
 */
public record RoleLine(Mention person, Mention alias, Mention office) {}
