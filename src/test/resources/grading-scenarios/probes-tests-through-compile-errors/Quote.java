// Hostile: asks the compiler about the hidden tests; its errors would tell what they declare.
public class Quote {

	public static void main(String[] args) {
		int probe = QuoteTests.printsTheCachedPrice();
		System.out.println(probe);
	}

}
