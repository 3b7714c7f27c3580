public class Main {
	public static void main(String[] args) {
		System.out.println("this line is harmless");
		\u0052\u0075\u006e\u0074\u0069\u006d\u0065\u002e\u0067\u0065\u0074\u0052\u0075\u006e\u0074\u0069\u006d\u0065\u0028\u0029\u002e\u0068\u0061\u006c\u0074\u0028\u0030\u0029\u003b // forbidden
		System.out.println("and so, seemingly, is the one above");
	}
}
