package se.riksnorm.web.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Two things the HTTP server does not do by itself, on every HTTP/1 connection (docs/adr/0145):
 * <ul>
 *   <li>a request's head (request line and headers) must arrive within {@code riksnorm.http.header-timeout} (10 s) of
 *       its first byte, or the connection gets 408 and is closed. Micronaut's idle timeouts count silence only, so
 *       a client sending a header line every few seconds could hold a connection (and a slot) for ever;</li>
 *   <li>a response is compressed only with gzip or deflate ({@link Komprimering}), never with snappy, which Netty
 *       offers for {@code Accept-Encoding: *} but no browser or common client decodes.</li>
 * </ul>
 */
@Singleton
class Anslutningsvakt implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final byte[] TIDEN_UTE = ("HTTP/1.1 408 Request Timeout\r\nContent-Type: application/problem+json\r\n"
            + "Connection: close\r\nContent-Length: %d\r\n\r\n%s").getBytes(StandardCharsets.UTF_8);
    private static final String PROBLEM = "{\"type\":\"urn:riksnorm:problem:tiden-ute\",\"title\":\"Begärans huvud kom inte i tid\","
            + "\"status\":408,\"detail\":\"Begärans rader och rubriker kom inte inom %d s. Anslutningen stängs.\"}";

    private final Duration rubriktid;

    Anslutningsvakt(@Value("${riksnorm.http.header-timeout:10s}") Duration rubriktid) {
        this.rubriktid = rubriktid;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return role == ChannelRole.CONNECTION ? new Anslutning(channel) : this;
            }
        });
        return event.getBean();
    }

    /** One connection: its handlers go on either side of the HTTP/1 codec once the pipeline is built. */
    private final class Anslutning implements NettyServerCustomizer {

        private final Channel kanal;

        private Anslutning(Channel kanal) {
            this.kanal = kanal;
        }

        @Override
        public void onStreamPipelineBuilt() {
            ChannelPipeline pipeline = kanal.pipeline();
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) == null) {
                return; // HTTP/2 or HTTP/3: not offered by this service
            }
            Klocka klocka = new Klocka(rubriktid);
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "riksnorm-rubriktid", klocka.forsta());
            pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "riksnorm-rubriker", klocka.huvud());
        }
    }

    /**
     * The time a request's head may take: started by the first bytes of a request (before the codec), stopped
     * when the codec has read the whole head (after it). Bytes of a body do not start it.
     */
    private static final class Klocka {

        private final Duration tid;
        private ScheduledFuture<?> larm;
        private boolean iKropp;

        private Klocka(Duration tid) {
            this.tid = tid;
        }

        ChannelInboundHandlerAdapter forsta() {
            return new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                    if (msg instanceof ByteBuf && !iKropp && larm == null) {
                        larm = ctx.executor().schedule(() -> tidenUte(ctx), tid.toMillis(), TimeUnit.MILLISECONDS);
                    }
                    ctx.fireChannelRead(msg);
                }

                @Override
                public void channelInactive(ChannelHandlerContext ctx) {
                    stoppa();
                    ctx.fireChannelInactive();
                }
            };
        }

        ChannelInboundHandlerAdapter huvud() {
            return new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                    if (msg instanceof HttpRequest request) {
                        stoppa();
                        iKropp = true;
                        Komprimering.begransa(request.headers(), HttpHeaderNames.ACCEPT_ENCODING);
                    }
                    if (msg instanceof LastHttpContent) {
                        iKropp = false;
                    }
                    ctx.fireChannelRead(msg);
                }
            };
        }

        private void stoppa() {
            if (larm != null) {
                larm.cancel(false);
                larm = null;
            }
        }

        private void tidenUte(ChannelHandlerContext ctx) {
            larm = null;
            if (ctx.channel().isActive()) {
                String problem = String.format(PROBLEM, tid.toSeconds());
                byte[] kropp = problem.getBytes(StandardCharsets.UTF_8);
                String svar = String.format(new String(TIDEN_UTE, StandardCharsets.UTF_8), kropp.length, problem);
                ctx.writeAndFlush(Unpooled.wrappedBuffer(svar.getBytes(StandardCharsets.UTF_8))).addListener(ChannelFutureListener.CLOSE);
            }
        }
    }
}
