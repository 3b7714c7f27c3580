// Kennedy and Pierce's expansive inheritance: checking that C<T> is a subtype of
// N<? super C<T>> never ends, and javac recurses until its stack is gone.
class T {
}

class N<Z> {
}

class C<X> extends N<N<? super C<C<X>>>> {
	N<? super C<T>> cast(C<T> c) {
		return c;
	}
}

public class Main {
	public static void main(String[] args) {
		System.out.println("compiled");
	}
}
