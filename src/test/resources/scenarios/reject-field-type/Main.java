import java.util.ArrayList;
import java.util.List;

public class Main {
	static List<String> names = new ArrayList<>();

	static java.io.RandomAccessFile journal;

	public static void main(String[] args) {
		names.add("no file is ever opened, but the type alone is refused");
		System.out.println(names);
	}
}
