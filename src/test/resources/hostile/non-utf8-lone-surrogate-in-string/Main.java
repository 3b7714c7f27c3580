// The JSON body carries "\ud800" inside a string literal: a lone UTF-16 surrogate, which
// no UTF-8 text can hold. Java strings may hold it, so the program compiles and runs;
// whatever it prints must come back cleanly.
public class Main {
	public static void main(String[] args) {
		String odd = "before ${LONE_SURROGATE} after";
		System.out.println(odd.length());
		System.out.println(odd);
		System.out.println("the end");
	}
}
