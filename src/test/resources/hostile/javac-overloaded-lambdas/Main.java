// Implicit lambdas nested nine deep as arguments to a method with three overloads:
// javac tries every overload at every level (3^9 attributions), which takes minutes
// and hundreds of MiB, far past the compile time limit. Run last, as it may keep a
// compiler busy.
public class Main {
	interface A {
		int f(int x);
	}

	interface B {
		long f(long x);
	}

	interface C {
		Integer f(Integer x);
	}

	static void m(A a) {
	}

	static void m(B b) {
	}

	static void m(C c) {
	}

	public static void main(String[] args) {
		m(x -> { m(x -> { m(x -> { m(x -> { m(x -> { m(x -> { m(x -> { m(x -> { m(x -> { m(x -> 0); return 0; }); return 0; }); return 0; }); return 0; }); return 0; }); return 0; }); return 0; }); return 0; }); return 0; });
		System.out.println("compiled");
	}
}
