package org.gilankg.mentions;

import java.util.Arrays;
import java.util.Optional;

/**
 * The main types of things, as in the data contract. Each has the ontology class's local name
 * and the one-letter code that stands for it in a {@link MaskedText} token.
 */
public enum EntityType {
    PERSON("Person", 'P'),
    OFFICE("Office", 'F'),
    EVENT("Event", 'E'),
    PLACE("Place", 'L'),
    TREATY("Treaty", 'T'),
    ORGANIZATION("Organization", 'O'),
    STATE("State", 'S'),
    PUBLICATION("Publication", 'B');

    private final String className;
    private final char code;

    EntityType(String className, char code) {
        this.className = className;
        this.code = code;
    }

    /** The local name of the ontology class, e.g. {@code Person} for {@code gk:Person}. */
    public String className() {
        return className;
    }

    public char code() {
        return code;
    }

    public static Optional<EntityType> byClassName(String name) {
        return Arrays.stream(values()).filter(t -> t.className.equals(name)).findFirst();
    }

    public static Optional<EntityType> byCode(char code) {
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}
