package io.linstorj.rest.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/** Turns a {@link RestResponse} into Netty's response: its content type (JSON but for /metrics) and length. */
final class Responses {
    private Responses() {}

    /**
     * @param headOnly true for a HEAD request: the headers of the GET answer, no body
     * @param keepAlive whether the connection stays open after this answer
     */
    static FullHttpResponse toHttp(RestResponse response, boolean headOnly, boolean keepAlive) {
        FullHttpResponse http = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(response.status()),
                headOnly ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(response.json()));
        http.headers().set(HttpHeaderNames.CONTENT_TYPE, response.contentType());
        http.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.json().length);
        HttpUtil.setKeepAlive(http, keepAlive);
        return http;
    }
}
