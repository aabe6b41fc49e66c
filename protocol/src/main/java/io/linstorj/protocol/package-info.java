/**
 * LINSTOR's framing on the wire: the 16-byte header, the Netty codecs that turn frames into
 * protobuf messages and back, the call names of the client and satellite protocols, and the
 * protocol version both ends check at connect.
 */
package io.linstorj.protocol;
