package dev.looplab.stream.web;

import java.util.concurrent.Callable;

import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.async.CallableProcessingInterceptor;

/**
 * Gives a stream's place back when the container ends its request, whatever its writer is
 * doing (or if it never ran): on completion, on an error such as a failed write, and on
 * the async timeout. The writer gives it back too when it ends; either way only once.
 */
final class PlaceRelease implements CallableProcessingInterceptor {

	private final Runnable release;

	PlaceRelease(Runnable release) {
		this.release = release;
	}

	@Override
	public <T> Object handleTimeout(NativeWebRequest request, Callable<T> task) {
		this.release.run();
		return RESULT_NONE;
	}

	@Override
	public <T> Object handleError(NativeWebRequest request, Callable<T> task, Throwable error) {
		this.release.run();
		return RESULT_NONE;
	}

	@Override
	public <T> void afterCompletion(NativeWebRequest request, Callable<T> task) {
		this.release.run();
	}

}
