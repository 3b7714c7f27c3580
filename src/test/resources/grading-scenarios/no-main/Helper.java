public class Helper {

	public static int twice(int n) {
		return 2 * n;
	}

}
