package org.gilankg.link;

import org.gilankg.GilanKgException;

/** The endpoint could not be reached, or kept refusing: one line naming the endpoint, with a hint. */
public final class EndpointUnavailable extends GilanKgException {
    public EndpointUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
