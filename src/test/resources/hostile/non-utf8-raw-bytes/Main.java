// This file is Latin-1, not UTF-8, and is sent as it is: the request body is not UTF-8.
public class Main {
	public static void main(String[] args) {
		System.out.println("café crème brûlée");
	}
}
