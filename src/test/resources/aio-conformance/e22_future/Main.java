import dev.looplab.aio.Aio;
import dev.looplab.aio.EventLoop;
import dev.looplab.aio.Future;
import dev.looplab.aio.Task;

import java.util.List;
import java.util.NoSuchElementException;

public class Main {

	static void reader(String name, Future<String> fut) {
		String v = fut.await();
		System.out.println(name + " read " + v);
	}

	static String py(boolean b) {
		return b ? "True" : "False";
	}

	static void amain() {
		EventLoop loop = Aio.loop();
		Future<String> fut = loop.createFuture();
		List<Task<Object>> readers = List.of(Aio.createTask(() -> reader("r1", fut)),
				Aio.createTask(() -> reader("r2", fut)));
		loop.callLater(1, () -> fut.setResult("hello"));
		System.out.println("done before: " + py(fut.done()));
		Aio.gather(readers).await();
		System.out.println("done after: " + py(fut.done()) + " " + fut.result());
		Future<Object> bad = loop.createFuture();
		bad.setException(new NoSuchElementException("k")); // Python's KeyError
		try {
			bad.await();
		}
		catch (NoSuchElementException e) {
			System.out.println("bad future raised KeyError");
		}
		Future<Object> c = loop.createFuture();
		c.cancel();
		System.out.println("cancelled future: " + py(c.cancelled()) + " " + py(c.done()));
	}

	public static void main(String[] args) {
		double t0 = Aio.perfCounter();
		Aio.run(Main::amain);
		System.out.printf("elapsed %.1f%n", Aio.perfCounter() - t0);
	}

}
