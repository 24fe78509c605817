package org.gilankg.mentions;

/** How precisely the text gives a date; it decides the XSD datatype and nothing is invented. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
