package org.gilankg;

/**
 * A failure the user can act on: bad input or a failed check. The message is one line that
 * names the file and the place, so the command line prints it as it is.
 */
public class GilanKgException extends RuntimeException {
    public GilanKgException(String message) {
        super(message);
    }

    public GilanKgException(String message, Throwable cause) {
        super(message, cause);
    }
}
