package org.imhfinder.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap, then stops reading (the connection is dropped): a
 * server can never make the crawler hold more than the cap in memory. {@code cap == 0} reads
 * nothing at all, for responses whose body is not wanted.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {
    /** What was read, and whether the cap cut it. */
    record Bytes(byte[] data, boolean truncated) {
    }

    private final int cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(int cap) {
        this.cap = cap;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (cap == 0) {
            s.cancel();
            result.complete(new Bytes(new byte[0], false));
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int room = cap - out.size();
            int take = Math.min(room, item.remaining());
            byte[] chunk = new byte[take];
            item.get(chunk);
            out.write(chunk, 0, take);
            if (item.hasRemaining()) {
                subscription.cancel();
                result.complete(new Bytes(out.toByteArray(), true));
                return;
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(out.toByteArray(), false));
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }
}
