package io.linstorj.controller.satellite;

/** Where one connection of a satellite link stands in its handshake ({@link LinkHandshake}). */
enum HandshakeState {
    /** Connected: the satellite's version comes first. */
    AWAITING_VERSION,
    /** The version fits and the controller's auth is sent: the satellite's challenge comes next. */
    AWAITING_CHALLENGE,
    /** The controller's proof is sent: the satellite's info with its own proof comes next. */
    AWAITING_INFO,
    /** Both sides proved the cluster key: desired states go out, observed states come in. */
    ONLINE,
    /** The handshake failed and the connection is closing; nothing it still receives counts. */
    FAILED,
}
